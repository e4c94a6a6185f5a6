package org.chs.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code npx playwright test} run in the console folder against a running stack, its output copied line by line to
 * this JVM's standard output (the Failsafe report of the test), stopped with its browsers when it outlives its time.
 */
final class PlaywrightRun {

    private final Path console;
    private final String name;
    private final List<String> command;
    private final URI baseUrl;

    private PlaywrightRun(Path console, URI baseUrl, String name, List<String> command) {
        this.console = console;
        this.baseUrl = baseUrl;
        this.name = name;
        this.command = command;
    }

    /** {@code name} keeps this run's report and traces apart from the other runs' (CHS_E2E_RUN in playwright.config.ts). */
    static PlaywrightRun of(Path console, URI baseUrl, String name, String... arguments) {
        List<String> command = new ArrayList<>(List.of("npx", "--no-install", "playwright", "test"));
        command.addAll(List.of(arguments));
        return new PlaywrightRun(console, baseUrl, name, List.copyOf(command));
    }

    Path report() {
        return console.resolve("target").resolve("playwright-report").resolve(name).resolve("index.html");
    }

    Path results() {
        return console.resolve("target").resolve("playwright").resolve(name);
    }

    /** The exit code; -1 when the run was stopped after {@code timeout}. */
    int run(Duration timeout) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(console.toFile()).redirectErrorStream(true);
        builder.environment().put("CHS_BASE_URL", baseUrl.toString());
        builder.environment().put("CHS_E2E_RUN", name);
        builder.environment().put("CI", "true");
        builder.environment().put("NO_COLOR", "1");
        builder.environment().put("npm_config_update_notifier", "false");
        System.out.println("[playwright " + name + "] " + String.join(" ", command) + "  (in " + console + ")");
        Process process = builder.start();
        Thread copier = new Thread(() -> copy(process), "playwright-" + name + "-output");
        copier.setDaemon(true);
        copier.start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            System.out.println("[playwright " + name + "] still running after " + timeout + "; stopping it and its browsers");
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        }
        copier.join(Duration.ofSeconds(10).toMillis());
        return finished ? process.exitValue() : -1;
    }

    private void copy(Process process) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                System.out.println("[playwright " + name + "] " + line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
