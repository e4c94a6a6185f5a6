package org.chs.testsupport.infra;

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
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
