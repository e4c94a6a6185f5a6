package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    private HttpServer server;
    private final AtomicInteger calls = new AtomicInteger();
    private final Readiness readiness = new Readiness(HttpClient.newHttpClient(), Duration.ofMillis(20));

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // Actuator answers 503 OUT_OF_SERVICE until the application is ready to take traffic.
        server.createContext("/actuator/health/readiness", exchange -> {
            boolean ready = calls.incrementAndGet() >= 3;
            byte[] body = (ready ? "{\"status\":\"UP\"}" : "{\"status\":\"OUT_OF_SERVICE\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(ready ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/actuator/health/readiness");
    }

    @Test
    void shouldWaitUntilStatusIsUpWhenTheApplicationIsStillStarting() {
        assertThat(readiness.await(uri(), Readiness::isUp, Duration.ofSeconds(5), () -> true))
                .isEqualTo(Readiness.Outcome.READY);
        assertThat(calls).hasValue(3);
    }

    @Test
    void shouldGiveUpWhenTheProcessHasExited() {
        assertThat(readiness.await(uri(), Readiness::isUp, Duration.ofSeconds(5), () -> false))
                .isEqualTo(Readiness.Outcome.PROCESS_EXITED);
    }

    @Test
    void shouldTimeOutWhenNothingListens() {
        URI nothing = URI.create("http://127.0.0.1:1/actuator/health/readiness");

        assertThat(readiness.await(nothing, Readiness::isUp, Duration.ofMillis(200), () -> true))
                .isEqualTo(Readiness.Outcome.TIMED_OUT);
    }
}
