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

import org.chs.settlement.it.Api.Answer;
import org.chs.testsupport.boot.PlatformServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Enrollment or site-registry down, slow or failing: the answer is 503 dependency-unavailable — never a settlement, never
 * "not found". A context of its own, because these tests open the circuit breakers.
 */
@PlatformServiceTest
class DependencyOutageIT {

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

    Api api;
    private static boolean warm;

    @BeforeEach
    void seed() {
        api = new Api(port);
        DEPENDENCIES.resetAll();
        if (!warm) {
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
}
