package org.chs.localstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** One of the five applications of the platform, with the port and database the local stack gives it. */
public enum Application {

    SITE_REGISTRY("site-registry-service", 8083, "site-registry"),
    ENROLLMENT("enrollment-service", 8081, "enrollment"),
    SETTLEMENT("settlement-service", 8082, "settlement"),
    EVALUATION("evaluation-service", 8084, "evaluation"),
    GATEWAY("gateway", 8080, null);

    private final String module;
    private final int port;
    private final String database;

    Application(String module, int port, String database) {
        this.module = module;
        this.port = port;
        this.database = database;
    }

    /** The Maven module, which is also the artifactId, the Spring application name and the Keycloak client id. */
    public String module() {
        return module;
    }

    public int port() {
        return port;
    }

    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /** Whether this is a business service (owns a database, calls others with client credentials), not the gateway. */
    public boolean isService() {
        return database != null;
    }

    public Path jar(Path repositoryRoot, String version) {
        return repositoryRoot.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
    }

    public static Application ofModule(String module) {
        return Arrays.stream(values())
                .filter(application -> application.module.equals(module))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown module '" + module + "'; known: "
                        + Arrays.stream(values()).map(Application::module).collect(Collectors.joining(", "))));
    }
}
