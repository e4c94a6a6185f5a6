package org.chs.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Calls to the probe service on its port: through an HTTP client, or as raw bytes for requests no client would send. */
final class ProbeServer {

    static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static {
        MONGO.bind("127.0.0.1", 0);
    }

    private final int port;

    ProbeServer(int port) {
        this.port = port;
    }

    static String mongoUri() {
        return "mongodb://127.0.0.1:" + MONGO.getLocalAddress().getPort() + "/probe";
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder get(String path, String token) {
        return authorised(HttpRequest.newBuilder(uri(path)).GET(), token);
    }

    HttpRequest.Builder post(String path, String token, String json) {
        return authorised(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Sends bytes as they are and returns the whole answer (status line, headers, body). */
    String raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends these bytes as they are (e.g. a header in UTF-8) and returns the whole answer. */
    String raw(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }
}
