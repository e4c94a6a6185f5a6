package org.chs.localstack;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The platform's applications as child processes: started together, awaited until ready, stopped singly or all. */
final class Applications implements AutoCloseable {

    private final ApplicationCommands commands;
    private final Readiness readiness;
    private final Endpoints endpoints;
    private final Duration timeout;
    private final Map<Application, ChildProcess> running = new EnumMap<>(Application.class);
    private boolean closed;

    Applications(ApplicationCommands commands, Readiness readiness, Endpoints endpoints, Duration timeout) {
        this.commands = commands;
        this.readiness = readiness;
        this.endpoints = endpoints;
        this.timeout = timeout;
    }

    /** Fails with every missing jar and the command that builds it, before anything slow has started. */
    void requireJars(Collection<Application> applications) {
        List<Application> missing = applications.stream().filter(app -> !Files.isRegularFile(commands.jar(app)))
                .toList();
        if (!missing.isEmpty()) {
            throw new LocalStackException("Missing application jars:" + System.lineSeparator() + missing.stream()
                    .map(app -> "  " + commands.jar(app) + "  <- build with: " + ApplicationCommands.buildCommand(app))
                    .collect(Collectors.joining(System.lineSeparator())) + System.lineSeparator()
                    + "Or build everything at once in the repository root: mvn -DskipTests package");
        }
    }

    void requirePortsFree(Collection<Application> applications) {
        applications.forEach(app -> Ports.requireFree(endpoints.host(), app.port(), app.module()));
    }

    /** Starts all at once (they share two cores, but waiting for each in turn would take longer) and awaits each. */
    void startAll(List<Application> applications) {
        requireJars(applications);
        requirePortsFree(applications);
        Map<Application, Long> launchedAt = new LinkedHashMap<>();
        for (Application application : applications) {
            launch(application);
            launchedAt.put(application, System.nanoTime());
        }
        launchedAt.forEach(this::awaitReady);
    }

    /** Starts one application again (for tests that stop a service to watch the gateway) and waits until it is ready. */
    void start(Application application) {
        synchronized (running) {
            ChildProcess existing = running.get(application);
            if (existing != null && existing.isAlive()) {
                return;
            }
        }
        requireJars(List.of(application));
        Ports.requireFree(endpoints.host(), application.port(), application.module());
        launch(application);
        awaitReady(application, System.nanoTime());
    }

    void stop(Application application) {
        ChildProcess process;
        synchronized (running) {
            process = running.remove(application);
        }
        if (process != null) {
            Console.info("stopping " + application.module());
            process.stop();
        }
    }

    boolean isRunning(Application application) {
        synchronized (running) {
            ChildProcess process = running.get(application);
            return process != null && process.isAlive();
        }
    }

    URI readinessUri(Application application) {
        return URI.create(endpoints.applicationUrl(application) + "/actuator/health/readiness");
    }

    private void launch(Application application) {
        ChildProcess process = ChildProcess.start(application.module(), commands.launchSpec(application));
        boolean accepted;
        synchronized (running) {
            accepted = !closed;
            if (accepted) {
                running.put(application, process);
            }
        }
        if (!accepted) {
            // Ctrl-C arrived while this one was being started: it must not outlive the launcher.
            process.stop();
            throw new LocalStackException("the local stack is shutting down");
        }
        Console.info("started " + application.module() + " (pid " + process.pid() + ") on port " + application.port()
                + ", log " + process.logFile());
    }

    private void awaitReady(Application application, long launchedAt) {
        ChildProcess process;
        synchronized (running) {
            process = running.get(application);
        }
        if (process == null) {
            throw new LocalStackException(application.module() + " was stopped while starting");
        }
        Duration remaining = timeout.minusNanos(System.nanoTime() - launchedAt);
        Readiness.Outcome outcome = readiness.await(readinessUri(application), Readiness::isUp,
                remaining.isNegative() ? Duration.ZERO : remaining, process::isAlive);
        if (outcome != Readiness.Outcome.READY) {
            String why = outcome == Readiness.Outcome.PROCESS_EXITED ? "exited while starting"
                    : "was not ready (" + outcome + ") within " + timeout.toSeconds() + " s";
            throw new LocalStackException(application.module() + " " + why + " at " + readinessUri(application) + "."
                    + System.lineSeparator() + process.logTail(40));
        }
        Console.info(application.module() + " is ready, " + Duration.ofNanos(System.nanoTime() - launchedAt).toSeconds()
                + " s after its start");
    }

    @Override
    public void close() {
        List<ChildProcess> all;
        synchronized (running) {
            all = new ArrayList<>(running.values());
            running.clear();
            closed = true;
        }
        if (!all.isEmpty()) {
            Console.info("stopping " + all.stream().map(ChildProcess::name).collect(Collectors.joining(", ")));
            ChildProcess.stopAll(all, ChildProcess.STOP_GRACE);
        }
    }
}
