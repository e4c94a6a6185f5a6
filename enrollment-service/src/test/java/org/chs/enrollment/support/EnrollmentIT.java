package org.chs.enrollment.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;

import org.chs.enrollment.personaldata.IdNumberFixtures;
import org.chs.platform.handling.ItemAuthorisations;
import org.chs.testsupport.boot.PlatformServiceTest;
import org.chs.testsupport.jwt.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the enrollment ITs: the whole service on real MongoDB and RabbitMQ, with WireMock standing in for site-registry.
 * Every IT extending it shares one application context. By default the registry allows every item at every point; tests
 * override single (point, item) pairs.
 */
@PlatformServiceTest
public abstract class EnrollmentIT {

    public static final String COUNTY_HALL = "sp-chunan-county-hall";
    public static final String BANK_POINT = "sp-bank-icbc-qiandaohu";
    public static final String HOSPITAL_POINT = "sp-hospital-chunan-first";
    protected static final WireMockServer SITE_REGISTRY = startRegistry();
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    protected final TestTokens tokens = TestTokens.shared();
    protected final String clerk = tokens.clerk("clerk-county", COUNTY_HALL);
    protected final String bank = tokens.bank("bank-icbc-qiandaohu", BANK_POINT);
    protected final String hospital = tokens.hospital("hospital-chunan-first", "inst-chunan-first-peoples", HOSPITAL_POINT);
    protected final String auditor = tokens.user("auditor", "auditor");
    protected final String admin = tokens.user("admin", "agency-admin");

    @LocalServerPort
    private int port;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected Resilience4JCircuitBreakerFactory breakers;
    @Autowired
    private ItemAuthorisations authorisations;
    private static final java.util.concurrent.atomic.AtomicBoolean WARM = new java.util.concurrent.atomic.AtomicBoolean();

    private static WireMockServer startRegistry() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/__admin/mappings")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("WireMock did not answer", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-site-registry-stop"));
        return server;
    }

    @DynamicPropertySource
    static void siteRegistry(DynamicPropertyRegistry registry) {
        registry.add("chs.site-registry.url", SITE_REGISTRY::baseUrl);
        // Generous limits: on a loaded two-core CI machine a stubbed answer can take seconds, and a timeout here would turn
        // a validation test into a 503. The "too slow" test delays its stub beyond them.
        registry.add("chs.site-registry.timeout", () -> "8s");
        registry.add("spring.cloud.openfeign.client.config.site-registry.read-timeout", () -> "7000");
        registry.add("chs.site-registry.open-for", () -> "1s");
    }

    @BeforeEach
    protected void resetSiteRegistry() {
        SITE_REGISTRY.resetAll();
        SITE_REGISTRY.stubFor(get(urlPathMatching("/api/registry/service-points/[^/]+/authorisations/[^/]+")).atPriority(10)
                .willReturn(okJson("{\"allowed\":true,\"reason\":null,\"catalogueVersion\":1}").withHeader("ETag", "\"v1\"")));
        if (WARM.compareAndSet(false, true)) {
            // The first call of a fresh context (Feign, Jackson, the breaker's executor, WireMock's Jetty) is slow on a
            // two-core machine; outside tests the time limiter absorbs it, here it would fail whichever test comes first.
            authorisations.authorise("sp-warm-up", "QRY-01");
        }
        mongo.remove(new Query(), "authorisation_cache");
        breakers.getCircuitBreakerRegistry().find("site-registry").ifPresent(io.github.resilience4j.circuitbreaker.CircuitBreaker::reset);
    }

    // ---- site-registry stand-in ----

    protected static String authorisationPath(String point, String item) {
        return "/api/registry/service-points/" + point + "/authorisations/" + item;
    }

    protected static void registryAnswers(String point, String item, boolean allowed, String reason, int version) {
        SITE_REGISTRY.stubFor(get(urlPathEqualTo(authorisationPath(point, item))).atPriority(1).willReturn(okJson(
                ("{\"servicePointId\":\"%s\",\"servicePointName\":\"%s\",\"itemCode\":\"%s\",\"allowed\":%s,\"reason\":%s,"
                        + "\"catalogueVersion\":%d,\"itemName\":\"%s\",\"instant\":true}")
                        .formatted(point, pointName(point), item, allowed, reason == null ? "null" : "\"" + reason + "\"", version,
                                item + " name"))
                .withHeader("ETag", "\"v" + version + "\"")));
    }

    /** The name the stand-in registry gives a point in {@link #registryAnswers}. */
    protected static String pointName(String point) {
        return point + " 医保服务点";
    }

    /** Every call to the registry fails (connection reset), as when it is down. */
    protected static void registryDown() {
        SITE_REGISTRY.resetAll();
        SITE_REGISTRY.stubFor(get(urlPathMatching("/api/registry/.*")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    // ---- HTTP ----

    protected HttpResponse<String> post(String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, token, headers);
    }

    protected HttpResponse<String> post(String path, String token, String body) {
        return post(path, token, body, Map.of());
    }

    protected HttpResponse<String> fetch(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), token, Map.of());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String token, Map<String, String> headers) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    // ---- request fixtures ----

    /** A fresh valid ID number of an adult, unlikely to collide with any other test's. */
    protected static String newAdultIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return IdNumberFixtures.valid("3301" + (10 + random.nextInt(89)), LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000)),
                random.nextInt(1000));
    }

    protected static String counterHandling() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return "{\"queuedAt\":\"%s\",\"startedAt\":\"%s\"}".formatted(now.minusSeconds(600), now.minusSeconds(120));
    }

    protected static String residentEnrolment(String idNumber, String handling) {
        return """
                {"idNumber":"%s","name":"王芳","scheme":"URBAN_RURAL_RESIDENT","poolingRegion":"330127","handling":%s}"""
                .formatted(idNumber, handling);
    }

    protected static String employeeEnrolment(String idNumber, String handling) {
        return """
                {"idNumber":"%s","name":"李强","scheme":"EMPLOYEE","poolingRegion":"330127",
                 "employer":{"creditCode":"91330127MA2B3C4D5E","name":"淳安县千岛湖建材有限公司"},"handling":%s}"""
                .formatted(idNumber, handling);
    }

    /** Enrols a resident at the county hall and returns the person id. */
    protected String enrolResidentAtCounter(String idNumber) {
        HttpResponse<String> response = post("/api/enrollment/persons", clerk, residentEnrolment(idNumber, counterHandling()));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("enrolment failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).path("result").path("personId").asString();
    }

    protected String payAtCounter(String personId, int year, String receipt) {
        HttpResponse<String> response = post("/api/enrollment/persons/" + personId + "/contributions", clerk,
                "{\"year\":%d,\"amount\":380.00,\"receiptNumber\":\"%s\",\"handling\":%s}".formatted(year, receipt, counterHandling()));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("payment failed: " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    protected static String uniqueReceipt() {
        return "R-" + java.util.UUID.randomUUID().toString().substring(0, 13);
    }
}
