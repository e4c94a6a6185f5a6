package org.chs.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the generic suites' requests through the gateway. A 429 of the gateway's rate limiter is waited out (its
 * {@code Retry-After}) and the request sent again: the suites check the services, not the limiter, which has its own tests.
 */
final class ProbeClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One request: the path is already expanded and encoded; a null body sends none. */
    record Request(String method, String path, Map<String, String> headers, String body) {

        Request {
            headers = Map.copyOf(headers);
        }

        Request withHeader(String name, String value) {
            Map<String, String> copy = new LinkedHashMap<>(headers);
            copy.put(name, value);
            return new Request(method, path, copy, body);
        }

        @Override
        public String toString() {
            return method + " " + (path.length() > 160 ? path.substring(0, 160) + "…(" + path.length() + " chars)" : path);
        }
    }

    /** The answer: status, content type and body. */
    record Answer(int status, String contentType, String body) {

        boolean problemWithType() {
            if (!contentType.startsWith("application/problem+json")) {
                return false;
            }
            try {
                return !JSON.readTree(body).path("type").asString("").isBlank();
            } catch (RuntimeException e) {
                return false;
            }
        }

        String excerpt() {
            String flat = body.replaceAll("\\s+", " ");
            return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
        }

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final URI gateway;
    private int rateLimited;

    ProbeClient(URI gateway) {
        this.gateway = gateway;
    }

    Answer send(Request request, String token) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + request.path())).timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach(builder::header);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest built = builder.build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429 && attempt < 5) {
                rateLimited++;
                long seconds = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                Thread.sleep(Duration.ofSeconds(Math.max(1, Math.min(seconds, 10))).toMillis());
                continue;
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        }
    }

    /** How many times the rate limiter asked to wait. */
    int rateLimited() {
        return rateLimited;
    }
}
