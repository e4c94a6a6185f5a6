package org.chs.localstack;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the local stack: where its files go, its ports, and whether to start the applications with demo data.
 *
 * @param repositoryRoot the folder with the root pom.xml; the applications' jars are found below it
 * @param dataDirectory the embedded MongoDB's file and Keycloak's database; reused by the next start
 * @param logDirectory one log file per child process
 * @param keycloakHome where the Keycloak distribution is unzipped, once
 * @param keycloakDistribution the distribution zip, normally in the local Maven repository
 * @param mongoPort the embedded MongoDB's port
 * @param rabbitPort the RabbitMQ broker's AMQP port
 * @param keycloakPort Keycloak's HTTP port
 * @param startApplications false to start only MongoDB, RabbitMQ and Keycloak
 * @param skipDemoData true to start the applications with {@code CHS_DEMO_DATA=false}
 * @param keycloakTimeout how long to wait for the realm's discovery document
 * @param readinessTimeout how long to wait for each application's readiness endpoint
 */
public record LocalStackOptions(
        Path repositoryRoot,
        Path dataDirectory,
        Path logDirectory,
        Path keycloakHome,
        Path keycloakDistribution,
        int mongoPort,
        int rabbitPort,
        int keycloakPort,
        boolean startApplications,
        boolean skipDemoData,
        Duration keycloakTimeout,
        Duration readinessTimeout) {

    /** Everything binds to the loopback address: nothing of the local stack is reachable from the network. */
    public static final String HOST = "127.0.0.1";

    /** The defaults for the repository the launcher runs in (see {@link RepositoryRoot#locate()}). */
    public static LocalStackOptions defaults() {
        return defaults(RepositoryRoot.locate());
    }

    /** Files under {@code <root>/.local-stack/}, the standard ports, all applications with demo data. */
    public static LocalStackOptions defaults(Path repositoryRoot) {
        BuildInfo build = BuildInfo.load();
        Path state = repositoryRoot.resolve(".local-stack");
        return new LocalStackOptions(repositoryRoot, state.resolve("data"), state.resolve("logs"),
                state.resolve("keycloak-" + build.keycloakVersion()), build.keycloakDistribution(),
                27017, 5672, 8180, true, false, Duration.ofSeconds(180), Duration.ofSeconds(180));
    }

    public Endpoints endpoints() {
        return new Endpoints(HOST, mongoPort, rabbitPort, keycloakPort);
    }

    public LocalStackOptions withDataDirectory(Path directory) {
        return new LocalStackOptions(repositoryRoot, directory, logDirectory, keycloakHome, keycloakDistribution,
                mongoPort, rabbitPort, keycloakPort, startApplications, skipDemoData, keycloakTimeout,
                readinessTimeout);
    }

    public LocalStackOptions withLogDirectory(Path directory) {
        return new LocalStackOptions(repositoryRoot, dataDirectory, directory, keycloakHome, keycloakDistribution,
                mongoPort, rabbitPort, keycloakPort, startApplications, skipDemoData, keycloakTimeout,
                readinessTimeout);
    }

    public LocalStackOptions withKeycloakDistribution(Path zip) {
        return new LocalStackOptions(repositoryRoot, dataDirectory, logDirectory, keycloakHome, zip,
                mongoPort, rabbitPort, keycloakPort, startApplications, skipDemoData, keycloakTimeout,
                readinessTimeout);
    }

    public LocalStackOptions withMongoPort(int port) {
        return new LocalStackOptions(repositoryRoot, dataDirectory, logDirectory, keycloakHome, keycloakDistribution,
                port, rabbitPort, keycloakPort, startApplications, skipDemoData, keycloakTimeout,
                readinessTimeout);
    }

    public LocalStackOptions withStartApplications(boolean start) {
        return new LocalStackOptions(repositoryRoot, dataDirectory, logDirectory, keycloakHome, keycloakDistribution,
                mongoPort, rabbitPort, keycloakPort, start, skipDemoData, keycloakTimeout, readinessTimeout);
    }

    public LocalStackOptions withSkipDemoData(boolean skip) {
        return new LocalStackOptions(repositoryRoot, dataDirectory, logDirectory, keycloakHome, keycloakDistribution,
                mongoPort, rabbitPort, keycloakPort, startApplications, skip, keycloakTimeout, readinessTimeout);
    }

    public LocalStackOptions withReadinessTimeout(Duration timeout) {
        return new LocalStackOptions(repositoryRoot, dataDirectory, logDirectory, keycloakHome, keycloakDistribution,
                mongoPort, rabbitPort, keycloakPort, startApplications, skipDemoData, keycloakTimeout, timeout);
    }
}
