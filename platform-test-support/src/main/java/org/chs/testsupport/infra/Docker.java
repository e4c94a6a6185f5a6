package org.chs.testsupport.infra;

import java.nio.file.Files;
import java.nio.file.Path;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine can run Testcontainers here, asked once per JVM. */
final class Docker {

    private static volatile Boolean available;

    private Docker() {
    }

    static boolean available() {
        if (available == null) {
            synchronized (Docker.class) {
                if (available == null) {
                    available = !"false".equalsIgnoreCase(System.getenv("CHS_TESTCONTAINERS")) && probe();
                }
            }
        }
        return available;
    }

    private static boolean probe() {
        // Asking Testcontainers without any engine in sight only logs a page of errors; look for the usual signs first.
        boolean engineInSight = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!engineInSight) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
