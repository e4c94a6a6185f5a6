package org.chs.localstack;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The in-process MongoDB wire-protocol server (mongo-java-server, H2 file backend) that all services share. */
final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;
    private final String host;
    private final int port;

    private EmbeddedMongo(MongoServer server, H2Backend backend, String host, int port) {
        this.server = server;
        this.backend = backend;
        this.host = host;
        this.port = port;
    }

    /** Opens (or creates) the H2 file and listens; one server, one database per service. */
    static EmbeddedMongo start(Path file, String host, int port) {
        Ports.requireFree(host, port, "the embedded MongoDB");
        H2Backend backend = openBackend(file);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            // Lost a race for the port after the check; bind() has already closed the backend.
            throw new LocalStackException("The embedded MongoDB cannot listen on " + host + ":" + port + ": "
                    + e.getMessage() + ". Is another MongoDB or local stack running?", e);
        }
        return new EmbeddedMongo(server, backend, host, port);
    }

    private static H2Backend openBackend(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return new H2Backend(file.toString());
        } catch (IOException | RuntimeException e) {
            throw new LocalStackException("Cannot open the embedded MongoDB's data file " + file + ": " + e.getMessage()
                    + ". If another local stack uses the same data folder, stop it first.", e);
        }
    }

    int port() {
        return port;
    }

    String uri(String database) {
        return "mongodb://" + host + ":" + port + "/" + database;
    }

    @Override
    public void close() {
        server.shutdownNow();
        // shutdownNow() closes the backend already; closing the MVStore again is a no-op that guarantees the flush.
        backend.close();
    }
}
