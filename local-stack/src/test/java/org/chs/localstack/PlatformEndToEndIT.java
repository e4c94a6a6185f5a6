package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.chs.localstack.AuthorizationMatrix.Caller;
import org.chs.localstack.RequestFactory.Scope;

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
 * review, with none); then, over every operation of the merged OpenAPI document, the malformed-input suite and the
 * authorisation matrix; last, a stopped service. With {@code -Dchs.e2e.gateway-url} it runs against a stack that is already
 * running instead (see {@link StackUnderTest}) and leaves out the stopped service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private StackUnderTest stack;
    private RealmTokens tokens;
    private String clerkToken;
    private String bankToken;
    private String adminToken;
    /** A real token that expires at once, taken first so that it has long expired when the matrix uses it. */
    private String expiringToken;

    @BeforeAll
    void startTheStack() throws IOException, InterruptedException {
        stack = StackUnderTest.startOrAttach("chs-e2e-");
        tokens = new RealmTokens(stack);
        expiringToken = tokens.shortLived("clerk-county");
        clerkToken = tokens.user("clerk-county");
        adminToken = tokens.user("admin");
        bankToken = tokens.client("bank-icbc-qiandaohu");
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
        String enrolment = JSON.writeValueAsString(Map.of("idNumber", SampleValues.residentIdNumber(), "name", "端到端",
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

    /**
     * Malformed input over every operation of the merged OpenAPI document (see {@link MalformedInputSuite}): no 5xx, every 4xx a
     * problem with a type. After the business flows, so that what its writes might create cannot disturb them.
     */
    @Test
    @Order(5)
    void shouldAnswerMalformedInputToEveryOperationWithATypedProblemAndNever5xx() throws Exception {
        Callers callers = callers();
        MalformedInputSuite suite = new MalformedInputSuite(documentedOperations(), requests(), new ProbeClient(stack.gatewayUrl()),
                callers::firstAdmitted);

        MalformedInputSuite.Report report = suite.run();

        System.out.println(report.summary());
        report.offenders().forEach(offender -> System.out.println("  " + offender));
        assertThat(report.requests()).as("requests sent").isGreaterThan(report.operations());
        assertThat(report.offenders()).as(report.summary()).isEmpty();
    }

    /**
     * The authorisation matrix over every operation of the merged OpenAPI document (see {@link AuthorizationMatrix}): every
     * demo user and partner client, a client without roles, no token, an expired token and three forgeries; 0 leaks, no 5xx.
     */
    @Test
    @Order(6)
    void shouldLeakNothingToAnyCallerOfAnyOperation() throws Exception {
        Callers callers = callers();
        Instant refusedFrom = RealmTokens.usableUntil(expiringToken);
        if (Instant.now().isBefore(refusedFrom)) {
            Thread.sleep(Duration.between(Instant.now(), refusedFrom).toMillis());
        }
        String admin = tokens.user("admin");
        List<AuthorizationMatrix.BadToken> bad = List.of(
                new AuthorizationMatrix.BadToken("no token", null),
                new AuthorizationMatrix.BadToken("expired token (clerk-county)", expiringToken),
                new AuthorizationMatrix.BadToken("admin's claims signed with another key", RealmTokens.signedWithAnotherKey(admin)),
                new AuthorizationMatrix.BadToken("admin's claims with alg none", RealmTokens.unsigned(admin)),
                new AuthorizationMatrix.BadToken("clerk-village's token with every role added",
                        RealmTokens.withRolesAdded(tokens.user("clerk-village"))));
        AuthorizationMatrix matrix = new AuthorizationMatrix(documentedOperations(), requests(),
                new ProbeClient(stack.gatewayUrl()), callers.all(), bad);

        AuthorizationMatrix.Report report = matrix.run();

        System.out.println(report.summary());
        report.leaks().forEach(leak -> System.out.println("  leak " + leak));
        report.serverErrorOffenders().forEach(error -> System.out.println("  5xx " + error));
        assertThat(report.checks()).as("every kind of check ran").containsKeys("token", "role", "scope");
        assertThat(report.leaks()).as(report.summary()).isEmpty();
        assertThat(report.serverErrorOffenders()).as(report.summary()).isEmpty();
    }

    @Test
    @Order(7)
    void shouldAnswer503ProblemDetailNamingTheServiceWhenItIsStopped() throws Exception {
        assumeTrue(stack.startedHere(), "stops a service: only on a stack this test started");
        stack.stack().stop("evaluation-service");

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

    /**
     * The merged OpenAPI document's operations. A service may not answer the gateway's first request for its document in time
     * (springdoc builds it then), so the document is read until every service is in it.
     */
    private List<ApiOperation> documentedOperations() {
        return ApiOperation.all(mergedDocument());
    }

    private JsonNode mergedDocument() {
        JsonNode[] merged = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() -> {
            HttpResponse<String> document = send(get("/v3/api-docs/platform"), null);
            assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
            merged[0] = JSON.readTree(document.body());
            assertThat(merged[0].path("x-unavailable").isMissingNode()).as("every service's document was merged: %s",
                    merged[0].path("x-unavailable")).isTrue();
        });
        return merged[0];
    }

    private RequestFactory requests() {
        return new RequestFactory(new SampleValues(new Schemas(mergedDocument())));
    }

    /** Every demo user and partner client of the realm, and a service client that holds no role. */
    private Callers callers() throws IOException, InterruptedException {
        Scope county = new Scope("sp-chunan-county-hall", null);
        Scope village = new Scope("sp-fenkou-village", null);
        Scope icbc = new Scope("sp-bank-icbc-qiandaohu", null);
        Scope rcb = new Scope("sp-bank-rcb-fenkou", null);
        Scope first = new Scope("sp-hospital-chunan-first", "inst-chunan-first-peoples");
        Scope tcm = new Scope("sp-hospital-chunan-tcm", "inst-chunan-tcm");
        List<Caller> all = new ArrayList<>();
        // the agency's callers first: the malformed-input suite sends each operation as the first caller it admits
        all.add(new Caller("admin", Set.of("agency-admin"), Scope.AGENCY, null, adminToken));
        all.add(new Caller("clerk-county", Set.of("counter-clerk"), county, village, clerkToken));
        all.add(new Caller("hospital-chunan-first", Set.of("hospital-operator"), first, tcm, tokens.client("hospital-chunan-first")));
        all.add(new Caller("bank-icbc-qiandaohu", Set.of("bank-operator"), icbc, rcb, bankToken));
        all.add(new Caller("evaluator-1", Set.of("site-evaluator"), Scope.AGENCY, null, tokens.user("evaluator-1")));
        all.add(new Caller("auditor", Set.of("auditor"), Scope.AGENCY, null, tokens.user("auditor")));
        all.add(new Caller("clerk-township", Set.of("counter-clerk"), new Scope("sp-fenkou-township", null), county,
                tokens.user("clerk-township")));
        all.add(new Caller("clerk-village", Set.of("counter-clerk"), village, county, tokens.user("clerk-village")));
        all.add(new Caller("clerk-hospital", Set.of("counter-clerk"), new Scope("sp-hospital-chunan-first", null), county,
                tokens.user("clerk-hospital")));
        all.add(new Caller("evaluator-2", Set.of("site-evaluator"), Scope.AGENCY, null, tokens.user("evaluator-2")));
        all.add(new Caller("bank-rcb-fenkou", Set.of("bank-operator"), rcb, icbc, tokens.client("bank-rcb-fenkou")));
        all.add(new Caller("hospital-chunan-tcm", Set.of("hospital-operator"), tcm, first, tokens.client("hospital-chunan-tcm")));
        all.add(new Caller("site-registry-service (no role)", Set.of(), Scope.AGENCY, null, tokens.client("site-registry-service")));
        return new Callers(List.copyOf(all));
    }

    /** The realm's callers, in the order of {@link #callers()}. */
    private record Callers(List<Caller> all) {

        /** The first caller the operation admits (its token and scope); none for a public operation. */
        Map.Entry<String, Scope> firstAdmitted(ApiOperation operation) {
            if (operation.publicOperation()) {
                return new AbstractMap.SimpleEntry<>(null, Scope.AGENCY);
            }
            Caller caller = all.stream().filter(c -> c.admittedTo(operation)).findFirst().orElseThrow();
            return new AbstractMap.SimpleEntry<>(caller.token(), caller.scope());
        }
    }

}
