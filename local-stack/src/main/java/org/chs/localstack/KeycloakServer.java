package org.chs.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keycloak in development mode with the chs realm, run from the unzipped distribution on a JDK 21 or later. */
final class KeycloakServer implements AutoCloseable {

    static final String REALM_RESOURCE = "/keycloak/chs-realm.json";
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private final Path home;
    private final Jdk jdk;
    private final Endpoints endpoints;
    private final Path dataDirectory;
    private final Path logFile;
    // Written by the starting thread, read by the shutdown hook's.
    private volatile ChildProcess process;

    KeycloakServer(Path home, Jdk jdk, Endpoints endpoints, Path dataDirectory, Path logFile) {
        this.home = home;
        this.jdk = jdk;
        this.endpoints = endpoints;
        this.dataDirectory = dataDirectory;
        this.logFile = logFile;
    }

    /** Keycloak's own H2 database, kept in the stack's data folder so that the next start finds the realm. */
    Path databaseFile() {
        return dataDirectory.resolve("keycloak").resolve("keycloakdb");
    }

    boolean hasDatabase() {
        return Files.exists(databaseFile().resolveSibling("keycloakdb.mv.db"));
    }

    LaunchSpec launchSpec() {
        String host = endpoints.host();
        int port = endpoints.keycloakPort();
        List<String> command = List.of(
                home.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-host=" + host,
                "--http-port=" + port,
                // A fixed hostname makes the token issuer the same whichever address a client used.
                "--hostname=http://" + host + ":" + port,
                "--import-realm",
                // The dev-file default would keep the database inside the shared distribution folder.
                "--db-url=jdbc:h2:file:" + databaseFile().toAbsolutePath() + ";NON_KEYWORDS=VALUE");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("JAVA_HOME", jdk.home().toString());
        if (!hasDatabase()) {
            // Only read when the master realm has no administrator yet, i.e. on the first start.
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        }
        return new LaunchSpec(command, env, home, logFile);
    }

    /** Puts the realm where {@code --import-realm} looks; Keycloak skips it when the realm already exists. */
    void installRealm() {
        Path target = home.resolve("data").resolve("import").resolve("chs-realm.json");
        try (InputStream in = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new LocalStackException(REALM_RESOURCE + " is missing from the launcher's classpath");
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LocalStackException("Cannot copy the chs realm to " + target + ": " + e.getMessage(), e);
        }
    }

    void launch() {
        if (hasDatabase()) {
            Console.info("Keycloak reuses its database in " + databaseFile().getParent() + "; the realm file is only "
                    + "imported into a fresh one (delete that folder to re-import a changed chs-realm.json)");
        }
        installRealm();
        process = ChildProcess.start("keycloak", launchSpec());
    }

    void awaitReady(Readiness readiness, Duration timeout) {
        ChildProcess started = process;
        Readiness.Outcome outcome = readiness.await(endpoints.discoveryUri(), Readiness::isOk, timeout,
                started::isAlive);
        if (outcome != Readiness.Outcome.READY) {
            throw new LocalStackException("Keycloak did not become ready (" + outcome + ") at "
                    + endpoints.discoveryUri() + " within " + timeout.toSeconds() + " s." + System.lineSeparator()
                    + started.logTail(40));
        }
    }

    Path home() {
        return home;
    }

    Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        if (process != null) {
            process.stop();
        }
    }
}
