package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform as the README's run command starts it — embedded MongoDB, the local RabbitMQ, a real Keycloak with the
 * {@code chs} realm, the four services and the gateway — driven through the gateway with real tokens (and, for a citizen's
 * review, with none).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningStack stack;
    private String clerkToken;
    private String bankToken;
    private String adminToken;

    @BeforeAll
    void startTheStack() throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("chs-e2e-");
        stack = LocalStack.start(LocalStackOptions.defaults()
                .withDataDirectory(data.resolve("data"))
                .withLogDirectory(data.resolve("logs"))
                .withReadinessTimeout(Duration.ofMinutes(5)));
        clerkToken = passwordGrant("clerk-county");
        adminToken = passwordGrant("admin");
        bankToken = clientCredentials("bank-icbc-qiandaohu");
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void shouldAnswer200WhenAClerkCallsThroughTheGatewayWithARealToken() throws Exception {
        HttpResponse<String> response = send(get("/api/registry/service-points"), clerkToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("sp-chunan-county-hall");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    @Order(2)
    void shouldAnswer401ProblemDetailWhenNoTokenIsSent() throws Exception {
        HttpResponse<String> response = send(get("/api/registry/service-points"), null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(problem(response).path("type").asString()).isEqualTo("https://chs-platform.org/problems/unauthenticated");
    }

    @Test
    @Order(3)
    void shouldAnswer403ProblemDetailWhenTheRoleDoesNotAllowIt() throws Exception {
        // The personal-data audit log is for auditors only.
        HttpResponse<String> response = send(get("/api/enrollment/audit/personal-data-reads"), clerkToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(problem(response).path("type").asString()).isEqualTo("https://chs-platform.org/problems/forbidden");
    }

    @Test
    @Order(4)
    void shouldCarryABankHandlingFromEnrollmentToEvaluationWhenABankEnrolsAResident() throws Exception {
        String enrolment = JSON.writeValueAsString(Map.of("idNumber", residentIdNumber(), "name", "端到端",
                "scheme", "URBAN_RURAL_RESIDENT", "poolingRegion", "330127"));
        HttpResponse<String> enrolled = send(post("/api/enrollment/persons", enrolment)
                .header("Idempotency-Key", UUID.randomUUID().toString()), bankToken);
        // Enrollment asked site-registry (Feign, relayed token) whether the bank may handle ENR-02 before enrolling.
        assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(201);
        JsonNode handling = JSON.readTree(enrolled.body()).path("handling");
        assertThat(handling.path("channel").asString()).isEqualTo("BANK_API");

        // Evaluation accepts the citizen's review only once handling.completed.v1 of this very handling has arrived; the shared
        // broker may also hold other tests' handlings, so the proof is this handling, not a count.
        String review = JSON.writeValueAsString(Map.of("handlingId", handling.path("handlingId").asString(),
                "token", handling.path("reviewToken").asString(), "level", "VERY_SATISFIED", "comment", "端到端"));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            HttpResponse<String> reviewed = send(post("/api/evaluation/reviews", review), null);
            assertThat(reviewed.statusCode()).as(reviewed.body()).isIn(201, 409);
        });

        LocalDate today = LocalDate.now();
        HttpResponse<String> report = send(get("/api/evaluation/kpis/service-points/sp-bank-icbc-qiandaohu?from="
                + today.minusDays(1) + "&to=" + today.plusDays(1)), adminToken);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        JsonNode totals = JSON.readTree(report.body()).path("totals");
        assertThat(totals.path("byChannel").path("BANK_API").asLong()).isPositive();
        assertThat(totals.path("reviews").asLong()).isPositive();
    }

    @Test
    @Order(5)
    void shouldAnswer503ProblemDetailNamingTheServiceWhenItIsStopped() throws Exception {
        stack.stop("evaluation-service");

        HttpResponse<String> response = send(get("/api/evaluation/standards"), adminToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        JsonNode problem = problem(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://chs-platform.org/problems/dependency-unavailable");
        assertThat(problem.path("service").asString()).isEqualTo("evaluation-service");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).timeout(Duration.ofSeconds(30)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode problem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    private String passwordGrant(String username) throws IOException, InterruptedException {
        return token(Map.of("grant_type", "password", "client_id", ChsRealm.CLI_CLIENT_ID, "username", username,
                "password", ChsRealm.DEMO_PASSWORD));
    }

    private String clientCredentials(String clientId) throws IOException, InterruptedException {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", ChsRealm.devSecret(clientId)));
    }

    private String token(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(stack.tokenUri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    /** A valid resident ID of Chun'an (330127), born 1990-03-07, with a random sequence and its GB 11643 check digit. */
    private static String residentIdNumber() {
        String body = "33012719900307" + String.format("%03d", ThreadLocalRandom.current().nextInt(1, 1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
