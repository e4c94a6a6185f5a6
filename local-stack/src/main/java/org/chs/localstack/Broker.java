package org.chs.localstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The RabbitMQ broker the applications use: the one already listening, else one started with
 * {@code rabbitmq-server -detached}.
 *
 * <p>Ctrl-C stops everything the launcher started, so a broker started here is stopped with {@code rabbitmqctl stop};
 * a broker that was already running belongs to the machine and is never touched.
 */
final class Broker implements AutoCloseable {

    static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    // Debian installs the broker's scripts in /usr/sbin, which is not on every user's PATH.
    private static final List<String> EXTRA_DIRECTORIES = List.of("/usr/sbin", "/usr/local/sbin",
            "/usr/lib/rabbitmq/bin");

    private final String host;
    private final int port;
    private final Optional<Path> startedWith;
    private final Path logFile;

    private Broker(String host, int port, Optional<Path> startedWith, Path logFile) {
        this.host = host;
        this.port = port;
        this.startedWith = startedWith;
        this.logFile = logFile;
    }

    static Broker findOrStart(String host, int port, String pathVariable, Path logFile) {
        if (Ports.accepts(host, port, Duration.ofSeconds(2))) {
            return new Broker(host, port, Optional.empty(), logFile);
        }
        Path server = findExecutable("rabbitmq-server", pathVariable).orElseThrow(() -> new LocalStackException(
                "No RabbitMQ broker on " + host + ":" + port + " and no 'rabbitmq-server' on the PATH. Install and "
                        + "start one: 'sudo apt-get install rabbitmq-server' then 'sudo rabbitmq-server -detached' "
                        + "(or 'sudo systemctl start rabbitmq-server'), and run the launcher again."));
        Console.info("RabbitMQ is not running on " + host + ":" + port + "; starting " + server + " -detached");
        run(List.of(server.toString(), "-detached"), logFile, Duration.ofSeconds(30));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Ports.accepts(host, port, Duration.ofSeconds(1))) {
            if (System.nanoTime() > deadline) {
                throw new LocalStackException("Started 'rabbitmq-server -detached' but nothing listens on " + host + ":"
                        + port + " after " + START_TIMEOUT.toSeconds() + " s. See " + logFile
                        + " and /var/log/rabbitmq/.");
            }
            sleep(Duration.ofSeconds(1));
        }
        return new Broker(host, port, Optional.of(server), logFile);
    }

    boolean startedHere() {
        return startedWith.isPresent();
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        if (startedWith.isEmpty()) {
            return;
        }
        Path ctl = startedWith.get().resolveSibling("rabbitmqctl");
        Console.info("stopping the RabbitMQ broker this launcher started (" + ctl + " stop)");
        run(List.of(ctl.toString(), "stop"), logFile, Duration.ofSeconds(60));
    }

    static Optional<Path> findExecutable(String name, String pathVariable) {
        List<String> directories = new ArrayList<>();
        if (pathVariable != null) {
            directories.addAll(List.of(pathVariable.split(File.pathSeparator)));
        }
        directories.addAll(EXTRA_DIRECTORIES);
        return directories.stream()
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, name))
                .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
                .findFirst();
    }

    private static void run(List<String> command, Path logFile, Duration timeout) {
        try {
            Files.createDirectories(logFile.getParent());
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new LocalStackException(String.join(" ", command) + " did not finish within "
                        + timeout.toSeconds() + " s; see " + logFile);
            }
        } catch (IOException e) {
            throw new LocalStackException("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while running " + String.join(" ", command), e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("Interrupted while waiting for RabbitMQ", e);
        }
    }
}
