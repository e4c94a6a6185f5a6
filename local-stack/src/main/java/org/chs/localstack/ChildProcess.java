package org.chs.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A process the local stack started, stopped together with the processes it forked. */
final class ChildProcess {

    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String name;
    private final Process process;
    private final Path logFile;
    private volatile boolean stopping;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
        // A crash after start-up would otherwise go unnoticed in a terminal that only shows the banner.
        process.onExit().thenAccept(exited -> {
            if (!stopping) {
                Console.warn(name + " (pid " + exited.pid() + ") exited with code " + exited.exitValue() + "; see "
                        + logFile);
            }
        });
    }

    static ChildProcess start(String name, LaunchSpec spec) {
        try {
            Files.createDirectories(spec.logFile().getParent());
            Files.writeString(spec.logFile(), System.lineSeparator() + "==== " + name + " started by local-stack at "
                            + LocalDateTime.now() + ": " + String.join(" ", spec.command()) + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(spec.command())
                    .directory(spec.workingDirectory().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()));
            builder.environment().putAll(spec.environment());
            Process process = builder.start();
            // Nothing is ever typed into a child; end of input keeps it from waiting on the launcher's terminal.
            process.getOutputStream().close();
            return new ChildProcess(name, process, spec.logFile());
        } catch (IOException e) {
            throw new LocalStackException("Cannot start " + name + " (" + String.join(" ", spec.command()) + "): "
                    + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    Path logFile() {
        return logFile;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String logTail(int lines) {
        return LogFiles.tailText(logFile, lines);
    }

    void stop() {
        stopAll(List.of(this), STOP_GRACE);
    }

    /**
     * Asks every process and its descendants to stop (SIGTERM), waits up to {@code grace} for all of them together,
     * then kills what is left.
     */
    static void stopAll(Collection<ChildProcess> children, Duration grace) {
        List<ProcessHandle> handles = new ArrayList<>();
        for (ChildProcess child : children) {
            child.stopping = true;
            // Taken before the parent goes: kc.sh runs Keycloak's JVM as a child, which would otherwise be orphaned.
            handles.addAll(child.process.descendants().toList());
            handles.add(child.process.toHandle());
        }
        handles.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle handle : handles) {
            awaitExit(handle, Math.max(0, deadline - System.nanoTime()));
        }
        for (ProcessHandle handle : handles) {
            if (handle.isAlive()) {
                Console.warn("process " + handle.pid() + " did not stop within " + grace.toMillis() + " ms; killing it");
                handle.destroyForcibly();
                awaitExit(handle, TimeUnit.SECONDS.toNanos(5));
            }
        }
    }

    private static void awaitExit(ProcessHandle handle, long nanos) {
        try {
            handle.onExit().get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // Still alive; the caller decides whether to kill it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
