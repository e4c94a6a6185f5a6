package org.chs.testsupport.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * The RabbitMQ that integration tests use: {@code RABBITMQ_HOST}/{@code RABBITMQ_PORT} (default 127.0.0.1:5672) when it
 * answers, otherwise a Testcontainers RabbitMQ when Docker is present, otherwise a failure that says what to start.
 */
public final class RabbitEndpoint {

    /** Where the broker is and how to log in. */
    public record Broker(String host, int port, String username, String password) {
    }

    private static volatile Broker broker;

    private RabbitEndpoint() {
    }

    public static Broker broker() {
        if (broker == null) {
            synchronized (RabbitEndpoint.class) {
                if (broker == null) {
                    broker = locate();
                }
            }
        }
        return broker;
    }

    private static Broker locate() {
        String host = env("RABBITMQ_HOST", "127.0.0.1");
        int port = Integer.parseInt(env("RABBITMQ_PORT", "5672"));
        if (reachable(host, port)) {
            return new Broker(host, port, env("RABBITMQ_USERNAME", "guest"), env("RABBITMQ_PASSWORD", "guest"));
        }
        if (Docker.available()) {
            return startContainer();
        }
        throw new IllegalStateException("No RabbitMQ for the integration tests: nothing answers on " + host + ":" + port
                + " and there is no Docker engine for Testcontainers. Start one with `rabbitmq-server -detached` "
                + "(Debian package rabbitmq-server), or point RABBITMQ_HOST/RABBITMQ_PORT at a running broker.");
    }

    @SuppressWarnings("resource") // lives as long as the test JVM
    private static Broker startContainer() {
        RabbitMQContainer container = new RabbitMQContainer("rabbitmq:4.0.5-management");
        container.start();
        return new Broker(container.getHost(), container.getAmqpPort(), container.getAdminUsername(), container.getAdminPassword());
    }

    static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
