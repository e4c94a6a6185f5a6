package org.chs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The one Idempotency-Key behaviour of the platform, on the probe service and its MongoDB. */
@ProbeTest
class IdempotencyKeyTest {

    static final String BANK = "bank-icbc.bank-operator.sp-bank";
    static final String CLERK = "chs-console.counter-clerk.sp-1";
    static final String PAYMENT = "{\"receiptNumber\":\"R-1\",\"amount\":380.00}";

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", ProbeServer::mongoUri);
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    ProbeServer server;

    @BeforeEach
    void server() {
        server = new ProbeServer(port);
    }

    private HttpResponse<String> post(String path, String token, String key, String body) throws Exception {
        var request = server.post(path, token, body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return server.send(request);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    @Nested
    class KeyRule {

        @Test
        void shouldRefuseAKeyOutsideTheRuleAndNameTheHeaderWhenItIsTooShortOrTooLongOrNotAscii() throws Exception {
            for (String key : new String[] {"short", "k".repeat(129), "schlüssel-12345", "has space 123", "a:b:c:d:e"}) {
                HttpResponse<String> response = post("/api/probe/payments", BANK, key, PAYMENT);
                assertThat(response.statusCode()).as(key).isEqualTo(400);
                assertThat(response.body()).as(key).contains("\"field\":\"Idempotency-Key\"").contains("8 to 128 characters");
            }
        }

        @Test
        void shouldRefuseANonAsciiKeyWithA400WhenItArrivesAsUtf8Bytes() throws Exception {
            byte[] body = PAYMENT.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String answer = server.raw(("POST /api/probe/payments HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + BANK
                    + "\r\nIdempotency-Key: 幂等键幂等键幂等键-2026\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n" + PAYMENT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(answer).startsWith("HTTP/1.1 400").contains("\"field\":\"Idempotency-Key\"");
        }

        @Test
        void shouldRequireAKeyFromPartnersButNotFromClerksWhenTheOperationSaysSo() throws Exception {
            HttpResponse<String> bank = post("/api/probe/payments", BANK, null, PAYMENT);
            assertThat(bank.statusCode()).isEqualTo(400);
            assertThat(bank.body()).contains("\"field\":\"Idempotency-Key\"").contains("\"rule\":\"required\"");
            assertThat(post("/api/probe/payments", CLERK, null, PAYMENT).statusCode()).isEqualTo(201);
            assertThat(post("/api/probe/lookups", BANK, null, PAYMENT).statusCode()).isEqualTo(200);
            assertThat(post("/api/probe/top-ups", CLERK, null, PAYMENT).statusCode()).isEqualTo(400);
        }
    }

    @Nested
    class Replays {

        @Test
        void shouldAnswerTheFirstAnswerAgainWhenTheSameKeyComesWithTheSameBody() throws Exception {
            String key = key();
            HttpResponse<String> first = post("/api/probe/payments", BANK, key, PAYMENT);
            HttpResponse<String> again = post("/api/probe/payments", BANK, key, PAYMENT);
            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(again.statusCode()).isEqualTo(201);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
            assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        }

        @Test
        void shouldAnswer422WhenTheSameKeyComesWithAnotherBodyOnAnOperationThatRequiresIt() throws Exception {
            String key = key();
            assertThat(post("/api/probe/top-ups", CLERK, key, PAYMENT).statusCode()).isEqualTo(200);
            HttpResponse<String> other = post("/api/probe/top-ups", CLERK, key, PAYMENT.replace("380.00", "999.00"));
            assertThat(other.statusCode()).isEqualTo(422);
            assertThat(other.body()).contains("\"type\":\"https://chs-platform.org/problems/idempotency-key-reused\"");
        }

        @Test
        void shouldKeepKeysApartPerClientWhenTwoClientsChooseTheSameKey() throws Exception {
            String key = key();
            assertThat(post("/api/probe/payments", BANK, key, PAYMENT).statusCode()).isEqualTo(201);
            HttpResponse<String> otherBank = post("/api/probe/payments", "bank-rcb.bank-operator.sp-rcb", key, PAYMENT);
            assertThat(otherBank.headers().firstValue("Idempotent-Replayed")).isEmpty();
        }

        @Test
        void shouldLetTheSameKeyBeRetriedWhenTheFirstAnswerWasA5xx() throws Exception {
            String key = key();
            assertThat(post("/api/probe/flaky", BANK, key, "{}").statusCode()).isEqualTo(503);
            HttpResponse<String> retry = post("/api/probe/flaky", BANK, key, "{}");
            assertThat(retry.statusCode()).isEqualTo(200);
            assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
        }

        @Test
        void shouldAnswer409WhileTheFirstRequestRunsAndTakeTheClaimOverOnceItIsStale() throws Exception {
            String key = key();
            HttpResponse<String> first = post("/api/probe/payments", BANK, key, PAYMENT);
            // as if the instance answering the first request had stopped before storing the answer
            mongo.getCollection("idempotency_keys").updateOne(new Document("key", key),
                    new Document("$set", new Document("state", "IN_FLIGHT").append("createdAt", java.util.Date.from(Instant.now()))));
            HttpResponse<String> meanwhile = post("/api/probe/payments", BANK, key, PAYMENT);
            assertThat(meanwhile.statusCode()).isEqualTo(409);
            assertThat(meanwhile.body()).contains("idempotency-key-in-flight");
            mongo.getCollection("idempotency_keys").updateOne(new Document("key", key),
                    new Document("$set", new Document("createdAt", java.util.Date.from(Instant.now().minusSeconds(5)))));
            HttpResponse<String> later = post("/api/probe/payments", BANK, key, PAYMENT);
            assertThat(later.statusCode()).isEqualTo(201);
            assertThat(later.body()).isNotEqualTo(first.body());
        }
    }
}
