package org.chs.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Polls an HTTP endpoint of a starting process until it answers as ready, the process dies or time runs out. */
final class Readiness {

    /** How a wait ended. */
    enum Outcome { READY, TIMED_OUT, PROCESS_EXITED, INTERRUPTED }

    private static final Pattern STATUS_UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");

    private final HttpClient client;
    private final Duration interval;

    Readiness(HttpClient client, Duration interval) {
        this.client = client;
        this.interval = interval;
    }

    static Readiness withDefaults() {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new Readiness(client, Duration.ofSeconds(1));
    }

    /** Actuator's readiness group: 200 with status UP (a 503 with OUT_OF_SERVICE means not yet). */
    static boolean isUp(HttpResponse<String> response) {
        return response.statusCode() == 200 && STATUS_UP.matcher(response.body()).find();
    }

    static boolean isOk(HttpResponse<String> response) {
        return response.statusCode() == 200;
    }

    Outcome await(URI uri, Predicate<HttpResponse<String>> ready, Duration timeout, BooleanSupplier alive) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        while (true) {
            if (!alive.getAsBoolean()) {
                return Outcome.PROCESS_EXITED;
            }
            try {
                if (ready.test(client.send(request, HttpResponse.BodyHandlers.ofString()))) {
                    return Outcome.READY;
                }
            } catch (IOException notListeningYet) {
                // Connection refused or reset while the process is still starting: keep polling.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.INTERRUPTED;
            }
            if (System.nanoTime() > deadline) {
                return Outcome.TIMED_OUT;
            }
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.INTERRUPTED;
            }
        }
    }
}
