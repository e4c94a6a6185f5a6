package org.chs.testsupport.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.UUID;

import com.mongodb.ConnectionString;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The MongoDB that integration tests use, one per JVM: a Testcontainers MongoDB when Docker is present, otherwise an in-memory
 * mongo-java-server on a free loopback port — the same server the local stack runs, so tests see its limits too.
 */
public final class MongoEndpoint {

    private static volatile String baseUri;

    private MongoEndpoint() {
    }

    /** A connection string to a fresh database on the shared server, so test contexts do not see each other's data. */
    public static ConnectionString freshDatabase() {
        return new ConnectionString(baseUri() + "test-" + UUID.randomUUID().toString().substring(0, 8));
    }

    static String baseUri() {
        if (baseUri == null) {
            synchronized (MongoEndpoint.class) {
                if (baseUri == null) {
                    baseUri = Docker.available() ? startContainer() : startEmbedded();
                }
            }
        }
        return baseUri;
    }

    @SuppressWarnings("resource") // lives as long as the test JVM
    private static String startContainer() {
        MongoDBContainer container = new MongoDBContainer("mongo:7.0.14");
        container.start();
        String uri = container.getReplicaSetUrl();
        return uri.substring(0, uri.lastIndexOf('/') + 1);
    }

    private static String startEmbedded() {
        MongoServer server = new MongoServer(new MemoryBackend());
        int port = freePort();
        server.bind("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "embedded-mongo-shutdown"));
        return "mongodb://127.0.0.1:" + port + "/";
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port on 127.0.0.1", e);
        }
    }
}
