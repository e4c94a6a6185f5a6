package org.chs.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The local launcher: the embedded MongoDB, RabbitMQ, Keycloak with the chs realm and the five applications, all on
 * 127.0.0.1, stopped together on Ctrl-C.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) {
        Optional<LocalStackOptions> parsed;
        try {
            parsed = Arguments.parse(Arrays.asList(args), LocalStackOptions.defaults());
        } catch (LocalStackException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (parsed.isEmpty()) {
            System.out.print(Arguments.USAGE);
            return;
        }
        long started = System.nanoTime();
        RunningStack stack;
        try {
            stack = start(parsed.get());
        } catch (LocalStackException e) {
            System.err.println();
            System.err.println("[local-stack] FAILED: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println();
        System.out.print(stack.banner());
        Console.info("up in " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
        try {
            // Runs until Ctrl-C; the shutdown hook registered by start() then stops what was started.
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stack.close();
        }
    }

    /**
     * Starts the whole stack and returns once every part is ready; on failure stops what it had started and throws.
     * A JVM shutdown hook stops the stack too, so an interrupted test run does not leave processes behind.
     */
    public static RunningStack start(LocalStackOptions options) {
        BuildInfo build = BuildInfo.load();
        Endpoints endpoints = options.endpoints();
        Readiness readiness = Readiness.withDefaults();
        ApplicationCommands commands = new ApplicationCommands(options.repositoryRoot(), build.applicationsVersion(),
                Path.of(System.getProperty("java.home"), "bin", "java"), endpoints, !options.skipDemoData(),
                options.logDirectory());
        Applications applications = new Applications(commands, readiness, endpoints, options.readinessTimeout());
        List<Application> toStart = options.startApplications() ? List.of(Application.values()) : List.of();

        Teardown teardown = new Teardown();
        Thread hook = new Thread(teardown::closeAll, "local-stack-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            // Everything that can fail fast is checked before Keycloak spends a minute starting.
            Console.info("repository " + options.repositoryRoot() + ", data " + options.dataDirectory());
            applications.requireJars(toStart);
            applications.requirePortsFree(toStart);
            Ports.requireFree(endpoints.host(), endpoints.mongoPort(), "the embedded MongoDB");
            Ports.requireFree(endpoints.host(), endpoints.keycloakPort(), "Keycloak");
            Jdk jdk = JdkLocator.forThisMachine().locate();
            Path keycloakHome = KeycloakDistribution.ensureInstalled(options.keycloakDistribution(),
                    options.keycloakHome());

            EmbeddedMongo mongo = EmbeddedMongo.start(options.dataDirectory().resolve("mongo.mv"), endpoints.host(),
                    endpoints.mongoPort());
            teardown.add("the embedded MongoDB", mongo);
            Console.info("embedded MongoDB listening on " + mongo.uri(""));

            Broker broker = Broker.findOrStart(endpoints.host(), endpoints.rabbitPort(), System.getenv("PATH"),
                    options.logDirectory().resolve("rabbitmq.log"));
            if (broker.startedHere()) {
                teardown.add("the RabbitMQ broker this launcher started", broker);
            }
            Console.info("RabbitMQ on " + endpoints.host() + ":" + endpoints.rabbitPort()
                    + (broker.startedHere() ? " (started by this launcher)" : " (already running)"));

            long keycloakStarted = System.nanoTime();
            Console.info("starting Keycloak on Java " + jdk.featureVersion() + " (" + jdk.home() + "), log "
                    + options.logDirectory().resolve("keycloak.log"));
            KeycloakServer keycloak = new KeycloakServer(keycloakHome, jdk, endpoints, options.dataDirectory(),
                    options.logDirectory().resolve("keycloak.log"));
            keycloak.launch();
            teardown.add("Keycloak", keycloak);
            keycloak.awaitReady(readiness, options.keycloakTimeout());
            Console.info("Keycloak is ready after " + Duration.ofNanos(System.nanoTime() - keycloakStarted).toSeconds()
                    + " s: " + endpoints.issuerUri());

            teardown.add("the applications", applications);
            applications.startAll(toStart);
            return new RunningStack(options, applications, commands, teardown, hook, broker.startedHere());
        } catch (RuntimeException e) {
            teardown.closeAll();
            removeShutdownHook(hook);
            throw e;
        }
    }

    static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Called from within shutdown: the hook is running or has run, which is what we wanted.
        }
    }
}
