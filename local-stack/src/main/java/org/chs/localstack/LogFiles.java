package org.chs.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reading the end of a child process's log, to show why it failed. */
final class LogFiles {

    // Enough for 40 lines of stack trace without reading a log that has grown to megabytes.
    private static final int TAIL_BYTES = 64 * 1024;

    private LogFiles() {
    }

    static List<String> tail(Path log, int lines) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, file.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }

    static String tailText(Path log, int lines) {
        return "---- last " + lines + " lines of " + log + " ----" + System.lineSeparator()
                + String.join(System.lineSeparator(), tail(log, lines)) + System.lineSeparator() + "----";
    }
}
