package org.chs.settlement.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chs.settlement.it.SettlementFixtures.ADMIN;
import static org.chs.settlement.it.SettlementFixtures.CATALOGUE_CSV;
import static org.chs.settlement.it.SettlementFixtures.CHUNAN;
import static org.chs.settlement.it.SettlementFixtures.CLERK;
import static org.chs.settlement.it.SettlementFixtures.HOSPITAL;
import static org.chs.settlement.it.SettlementFixtures.HUANGPU;
import static org.chs.settlement.it.SettlementFixtures.bill;
import static org.chs.settlement.it.SettlementFixtures.filing;
import static org.chs.settlement.it.SettlementFixtures.newIdNumber;
import static org.chs.settlement.it.SettlementFixtures.policy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.chs.settlement.it.Api.Answer;
import org.chs.testsupport.boot.PlatformServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Enrollment or site-registry down, slow or failing: the answer is 503 dependency-unavailable — never a settlement, never
 * "not found"; enrollment refusing a request (4xx) is that refusal, and does not count against its breaker. A context of its
 * own, because these tests open the circuit breakers.
 */
@PlatformServiceTest
class DependencyOutageIT {

    static final String ENROLLMENT_BREAKER = "enrollment";

    static final WireMockServer DEPENDENCIES = SettlementFixtures.startDependencies();

    @DynamicPropertySource
    static void dependencies(DynamicPropertyRegistry registry) {
        SettlementFixtures.useDependencies(registry, DEPENDENCIES, "2s");
    }

    @AfterAll
    static void stop() {
        DEPENDENCIES.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    Resilience4JCircuitBreakerFactory breakers;

    @Autowired
    MongoTemplate mongo;

    Api api;
    private static boolean warm;

    @BeforeEach
    void seed() {
        api = new Api(port);
        DEPENDENCIES.resetAll();
        // the tests below that open the enrollment breaker must not decide the others
        breakers.getCircuitBreakerRegistry().find(ENROLLMENT_BREAKER).ifPresent(CircuitBreaker::reset);
        if (!warm) {
            assertThat(api.put("/api/settlement/institutions/inst-chunan-first-peoples/levels", ADMIN,
                    "{\"levels\":[{\"level\":\"LEVEL_1\",\"effectiveFrom\":\"2000-01-01\"}]}").status()).isEqualTo(200);
            // the first call of a client loads Feign and Jackson classes, which on a busy machine can take longer than the time
            // limiter allows; that cold start must not decide a test that expects an answer
            DEPENDENCIES.stubFor(post(urlPathEqualTo("/api/enrollment/eligibility-checks")).willReturn(aResponse().withStatus(404)));
            api.post("/api/settlement/pre-settlements", HOSPITAL, bill("ZY-warm-up", newIdNumber(), "LEVEL_1", true, "A1 1 10.00"));
            warm = true;
            DEPENDENCIES.resetAll();
        }
        api.put("/api/settlement/policies/" + HUANGPU + "/EMPLOYEE/2026", ADMIN, policy("300000.00"));
        api.post("/api/settlement/catalogues/" + CHUNAN + "/imports", ADMIN, CATALOGUE_CSV, "text/csv");
    }

    @Nested
    class EnrollmentDown {

        @Test
        void shouldAnswer503AndSettleNothingWhenEnrollmentAnswers5xx() {
            DEPENDENCIES.stubFor(post(urlPathEqualTo("/api/enrollment/eligibility-checks")).willReturn(aResponse().withStatus(503)));
            String number = "ZY-down-5xx";

            Answer answer = api.post("/api/settlement/settlements", HOSPITAL, bill(number, newIdNumber(), "LEVEL_1", true, "A1 1 1000.00"));

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.type()).endsWith("/dependency-unavailable");
            assertThat(answer.header("Retry-After")).isNotNull();
            assertThat(api.get("/api/settlement/bills/" + number, HOSPITAL).status()).isEqualTo(404);
        }

        @Test
        void shouldAnswer503WhenEnrollmentIsTooSlow() {
            DEPENDENCIES.stubFor(post(urlPathEqualTo("/api/enrollment/eligibility-checks"))
                    .willReturn(aResponse().withStatus(200).withFixedDelay(6_000).withHeader("Content-Type", "application/json")
                            .withBody("{\"personId\":\"psn-late\",\"eligible\":true}")));

            Answer answer = api.post("/api/settlement/settlements", HOSPITAL, bill("ZY-down-slow", newIdNumber(), "LEVEL_1", true, "A1 1 10.00"));

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.type()).endsWith("/dependency-unavailable");
        }

        @Test
        void shouldAnswer503NotNotFoundWhenTheConnectionDrops() {
            DEPENDENCIES.stubFor(post(urlPathEqualTo("/api/enrollment/eligibility-checks"))
                    .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            Answer settle = api.post("/api/settlement/settlements", HOSPITAL, bill("ZY-down-reset", newIdNumber(), "LEVEL_1", true, "A1 1 10.00"));
            Answer quote = api.post("/api/settlement/pre-settlements", HOSPITAL, bill("ZY-down-reset", newIdNumber(), "LEVEL_1", true, "A1 1 10.00"));

            assertThat(settle.status()).isEqualTo(503);
            assertThat(quote.status()).isEqualTo(503);
        }

        @Test
        void shouldAnswer422UnknownPersonWhenEnrollmentSays404() {
            DEPENDENCIES.stubFor(post(urlPathEqualTo("/api/enrollment/eligibility-checks")).willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}")));

            Answer answer = api.post("/api/settlement/settlements", HOSPITAL, bill("ZY-unknown", newIdNumber(), "LEVEL_1", true, "A1 1 10.00"));

            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.type()).endsWith("/unknown-person");
        }
    }

    @Nested
    class EnrollmentRefuses {

        @Test
        void shouldKeepTheBreakerClosedAndSettleWhenManyBillsInARowHaveImpossibleBirthDates() {
            for (int i = 0; i < 12; i++) {
                String bornOn31April = "3101011985043101" + i % 10;
                Answer refused = api.post("/api/settlement/settlements", HOSPITAL,
                        bill("ZY-bad-birth-" + i, bornOn31April + SettlementFixtures.checkDigit(bornOn31April), "LEVEL_1", true, "A1 1 10.00"));
                assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
                assertThat(refused.body().path("errors").get(0).path("rule").asString()).isEqualTo("birth-date");
            }

            assertThat(enrollmentBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(settleAGoodBill("ZY-good-after-bad-births").status()).isEqualTo(201);
        }

        @Test
        void shouldAnswerEnrollments4xxAsTheSameRefusalAndNotCountItAgainstTheBreaker() {
            DEPENDENCIES.stubFor(post(urlPathEqualTo("/api/enrollment/eligibility-checks")).atPriority(10).willReturn(aResponse().withStatus(400)
                    .withHeader("Content-Type", "application/problem+json").withBody("""
                            {"type":"https://chs-platform.org/problems/validation","status":400,"detail":"idNumber: not accepted",
                             "errors":[{"field":"idNumber","rule":"birth-date","message":"the birth date in the resident ID number is in the future"}]}
                            """)));

            for (int i = 0; i < 12; i++) {
                Answer refused = api.post("/api/settlement/settlements", HOSPITAL, bill("ZY-refused-" + i, newIdNumber(), "LEVEL_1", true, "A1 1 10.00"));
                assertThat(refused.status()).as(refused.body().toString()).isEqualTo(400);
                assertThat(refused.type()).endsWith("/validation");
                assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("idNumber");
            }

            assertThat(enrollmentBreaker().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(enrollmentBreaker().getMetrics().getNumberOfFailedCalls()).isZero();
            assertThat(settleAGoodBill("ZY-good-after-refusals").status()).isEqualTo(201);
        }

        @Test
        void shouldStillOpenTheBreakerWhenEnrollmentKeepsFailing() {
            DEPENDENCIES.stubFor(post(urlPathEqualTo("/api/enrollment/eligibility-checks")).willReturn(aResponse().withStatus(500)));
            for (int i = 0; i < 6; i++) {
                assertThat(api.post("/api/settlement/settlements", HOSPITAL, bill("ZY-failing-" + i, newIdNumber(), "LEVEL_1", true, "A1 1 10.00"))
                        .status()).isEqualTo(503);
            }
            int asked = DEPENDENCIES.getAllServeEvents().size();

            Answer whileOpen = settleAGoodBill("ZY-while-open");

            assertThat(enrollmentBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThat(whileOpen.status()).isEqualTo(503);
            assertThat(DEPENDENCIES.getAllServeEvents()).as("an open breaker does not ask").hasSize(asked);
        }

        private Answer settleAGoodBill(String number) {
            String id = newIdNumber();
            SettlementFixtures.person(DEPENDENCIES, id, "psn-" + number, HUANGPU, true);
            return api.post("/api/settlement/settlements", HOSPITAL, bill(number, id, "2026-05-01", "2026-05-10", "INPATIENT", "I21.9",
                    "LEVEL_1", true, "A1 1 1300.00"));
        }

        private CircuitBreaker enrollmentBreaker() {
            return breakers.getCircuitBreakerRegistry().find(ENROLLMENT_BREAKER).orElseThrow();
        }
    }

    @Nested
    class SiteRegistryDown {

        @Test
        void shouldAnswer503WhenTheCatalogueCannotAuthoriseAFilingAndNothingIsKnown() {
            DEPENDENCIES.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                    com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/registry/.*")).willReturn(aResponse().withStatus(500)));

            Answer answer = api.post("/api/settlement/filings", CLERK, filing(newIdNumber(), CHUNAN, "REFERRAL", "2026-05-01", "2026-06-30"));

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.type()).endsWith("/dependency-unavailable");
        }
    }

    /**
     * site-registry answering "no" — by its catalogue, or by refusing the question with a 4xx — is an answer, not an outage: the
     * filing is refused as the catalogue's "no" (422 item-not-authorised), never 503, and the registry's breaker stays closed.
     */
    @Nested
    class SiteRegistryRefuses {

        static final String REGISTRY_BREAKER = "site-registry";

        @BeforeEach
        void closeTheBreaker() {
            breakers.getCircuitBreakerRegistry().find(REGISTRY_BREAKER).ifPresent(CircuitBreaker::reset);
        }

        /** The catalogue's "no" is kept as its last answer; the outage tests must start without one. */
        @AfterEach
        void forgetTheAnswers() {
            mongo.remove(new Query(), "authorisation_cache");
        }

        @Test
        void shouldAnswer422NamingPointAndItemWhenTheCatalogueSaysNo() {
            DEPENDENCIES.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                    com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/registry/.*")).willReturn(
                    com.github.tomakehurst.wiremock.client.WireMock.okJson(
                            "{\"allowed\":false,\"reason\":\"not at this point\",\"catalogueVersion\":3}")));

            Answer answer = api.post("/api/settlement/filings", CLERK, filing(newIdNumber(), CHUNAN, "REFERRAL", "2026-05-01", "2026-06-30"));

            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.type()).endsWith("/item-not-authorised");
            assertThat(answer.body().path("servicePointId").asString()).isEqualTo("sp-chunan-county-hall");
            assertThat(answer.body().path("itemCode").asString()).isEqualTo("FIL-02");
            assertThat(answer.body().path("detail").asString()).contains("not at this point");
        }

        @Test
        void shouldRefuseAndKeepTheBreakerClosedWhenTheRegistryRefusesTheQuestion() {
            DEPENDENCIES.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                    com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/api/registry/.*")).willReturn(aResponse()
                    .withStatus(403).withHeader("Content-Type", "application/problem+json").withBody("{\"status\":403}")));

            for (int i = 0; i < 6; i++) {
                Answer answer = api.post("/api/settlement/filings", CLERK,
                        filing(newIdNumber(), CHUNAN, "REFERRAL", "2026-05-01", "2026-06-30"));
                assertThat(answer.status()).isEqualTo(422);
                assertThat(answer.type()).endsWith("/item-not-authorised");
            }

            assertThat(breakers.getCircuitBreakerRegistry().find(REGISTRY_BREAKER).orElseThrow().getState())
                    .isEqualTo(CircuitBreaker.State.CLOSED);
        }

        @Test
        void shouldNameTheFieldAndRuleWithoutAskingTheRegistryWhenACounterFilingLacksItsQueueTime() {
            String noQueueTime = filing(newIdNumber(), CHUNAN, "REFERRAL", "2026-05-01", "2026-06-30")
                    .replaceFirst("\"queuedAt\":\"[^\"]+\",", "");

            Answer answer = api.post("/api/settlement/filings", CLERK, noQueueTime);

            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.body().path("errors").path(0).path("field").asString()).isEqualTo("queuedAt");
            assertThat(answer.body().path("errors").path(0).path("rule").asString()).isEqualTo("required-at-counter");
            assertThat(DEPENDENCIES.getAllServeEvents()).isEmpty();
        }
    }
}
