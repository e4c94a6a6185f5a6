package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    @TempDir
    Path data;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void shouldKeepDocumentsWhenStartedAgainOnTheSameDataFolder() throws IOException {
        int port = freePort();
        Path file = data.resolve("mongo.mv");
        try (EmbeddedMongo mongo = EmbeddedMongo.start(file, "127.0.0.1", port);
                MongoClient client = MongoClients.create(mongo.uri("enrollment"))) {
            client.getDatabase("enrollment").getCollection("people").insertOne(new Document("_id", "p-1"));
            client.getDatabase("settlement").getCollection("bills").insertOne(new Document("_id", "b-1"));
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.start(file, "127.0.0.1", port);
                MongoClient client = MongoClients.create(mongo.uri("enrollment"))) {
            assertThat(client.getDatabase("enrollment").getCollection("people").find().first())
                    .containsEntry("_id", "p-1");
            assertThat(client.getDatabase("settlement").getCollection("bills").find().first())
                    .containsEntry("_id", "b-1");
            assertThat(client.getDatabase("enrollment").getCollection("bills").find().first()).isNull();
        }
    }

    @Test
    void shouldSaySoClearlyWhenThePortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedMongo.start(data.resolve("mongo.mv"), "127.0.0.1", port))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("127.0.0.1:" + port + " is already in use")
                    .hasMessageContaining("embedded MongoDB");
        }
    }
}
