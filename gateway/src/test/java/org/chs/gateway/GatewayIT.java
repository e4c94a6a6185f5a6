package org.chs.gateway;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.chs.testsupport.jwt.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** The gateway in front of four WireMock services, with real tokens from {@link TestTokens}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Short enough for a test to wait out, and longer than Resilience4j's own 1 s default, so that the tests
        // below show that this setting is the one in force.
        "resilience4j.timelimiter.configs.default.timeout-duration=2s",
        // No breaker opens in this class: failures here are single calls, the open breaker is tested apart.
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=1000",
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=1000",
        "chs.gateway.rate-limit.default-capacity=1000",
        "chs.gateway.rate-limit.default-refill-tokens=1000",
        "chs.gateway.rate-limit.clients.bank-limited.capacity=3",
        "chs.gateway.rate-limit.clients.bank-limited.refill-tokens=1",
        "chs.gateway.rate-limit.clients.bank-limited.refill-period=1h",
        "chs.gateway.rate-limit.clients.chs-console.capacity=2",
        "chs.gateway.rate-limit.clients.chs-console.refill-tokens=1",
        "chs.gateway.rate-limit.clients.chs-console.refill-period=1h"
})
@AutoConfigureWebTestClient
class GatewayIT {

    private static final TestTokens tokens = TestTokens.shared();
    private static final WireMockServer services = Backends.wireMock();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        Backends.allAtWireMock(registry);
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void resetServices() {
        services.resetAll();
    }

    private String bankToken() {
        return tokens.bank("bank-icbc-qiandaohu", "sp-bank-icbc-qiandaohu");
    }

    @Nested
    class Routing {

        @ParameterizedTest
        @CsvSource({"registry", "enrollment", "settlement", "evaluation"})
        void shouldRelayTokenAndRequestIdWhenCalledWithValidToken(String area) {
            String path = "/api/" + area + "/things/1";
            services.stubFor(get(path).willReturn(okJson("{\"area\":\"" + area + "\"}")));
            String token = bankToken();

            String requestId = client.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange()
                    .expectStatus().isOk()
                    .expectHeader().exists("X-Request-Id")
                    .expectBody().jsonPath("$.area").isEqualTo(area)
                    .returnResult().getResponseHeaders().getFirst("X-Request-Id");

            assertThat(requestId).matches("[0-9a-f-]{36}");
            services.verify(getRequestedFor(urlPathEqualTo(path))
                    .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
                    .withHeader("X-Request-Id", equalTo(requestId)));
        }

        @Test
        void shouldKeepRequestIdWhenCallerSentASafeOne() {
            services.stubFor(get("/api/enrollment/persons").willReturn(okJson("[]")));

            client.get().uri("/api/enrollment/persons").headers(h -> h.setBearerAuth(bankToken()))
                    .header("X-Request-Id", "county-hall.42:abc-1")
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("X-Request-Id", "county-hall.42:abc-1");

            services.verify(getRequestedFor(urlPathEqualTo("/api/enrollment/persons"))
                    .withHeader("X-Request-Id", equalTo("county-hall.42:abc-1")));
        }

        @Test
        void shouldReplaceRequestIdWhenCallerSentAnUnsafeOne() {
            services.stubFor(get("/api/enrollment/persons").willReturn(okJson("[]")));

            client.get().uri("/api/enrollment/persons").headers(h -> h.setBearerAuth(bankToken()))
                    .header("X-Request-Id", "<script>alert(1)</script>")
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().value("X-Request-Id", id -> assertThat(id).matches("[0-9a-f-]{36}"));
        }

        @Test
        void shouldEchoOneRequestIdWhenServiceAlsoSendsOne() {
            services.stubFor(get("/api/enrollment/persons")
                    .willReturn(okJson("[]").withHeader("X-Request-Id", "abc")));

            client.get().uri("/api/enrollment/persons").headers(h -> h.setBearerAuth(bankToken()))
                    .header("X-Request-Id", "abc")
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().values("X-Request-Id", ids -> assertThat(ids).containsExactly("abc"));
        }

        @Test
        void shouldPassServiceErrorsThroughWhenServiceAnswers() {
            services.stubFor(get("/api/settlement/bills/9").willReturn(aResponse().withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody("{\"type\":\"https://chs-platform.org/problems/not-found\",\"status\":404}")));

            client.get().uri("/api/settlement/bills/9").headers(h -> h.setBearerAuth(bankToken())).exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.type").isEqualTo("https://chs-platform.org/problems/not-found");
        }

        @Test
        void shouldAnswerProblemWhenNoRouteMatches() {
            client.get().uri("/api/unknown/things").headers(h -> h.setBearerAuth(bankToken())).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://chs-platform.org/problems/not-found")
                    .jsonPath("$.traceId").exists();
        }
    }

    @Nested
    class Authentication {

        @Test
        void shouldAnswer401ProblemWhenNoToken() {
            expectUnauthenticated(client.get().uri("/api/enrollment/persons").header("X-Request-Id", "req-401")
                    .exchange())
                    .jsonPath("$.traceId").isEqualTo("req-401")
                    .jsonPath("$.instance").isEqualTo("/api/enrollment/persons");
            assertThat(services.getAllServeEvents()).isEmpty();
        }

        @Test
        void shouldAnswer401ProblemWhenTokenExpired() {
            expectRejected(tokens.token().serviceAccount("bank-icbc-qiandaohu").roles("bank-operator").expired().sign());
        }

        @Test
        void shouldAnswer401ProblemWhenTokenSignedByUnknownKey() {
            expectRejected(tokens.token().serviceAccount("bank-icbc-qiandaohu").signedWithUnknownKey().sign());
        }

        @Test
        void shouldAnswer401ProblemWhenTokenFromAnotherIssuer() {
            expectRejected(tokens.token().serviceAccount("bank-icbc-qiandaohu")
                    .issuer("http://127.0.0.1:1/realms/other").sign());
        }

        @Test
        void shouldAnswer401ProblemWhenTokenIsNotAJwt() {
            expectRejected("not-a-jwt");
        }

        @Test
        void shouldServeServiceApiDocsWhenNoToken() {
            services.stubFor(get("/api/registry/v3/api-docs").willReturn(okJson("{\"openapi\":\"3.1.0\"}")));

            client.get().uri("/api/registry/v3/api-docs").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.openapi").isEqualTo("3.1.0");
        }

        @Test
        void shouldRouteACitizensReviewWithoutTokenWhenPosted() {
            services.stubFor(post("/api/evaluation/reviews").willReturn(aResponse().withStatus(201)));

            client.post().uri("/api/evaluation/reviews").exchange().expectStatus().isCreated();
            client.get().uri("/api/evaluation/reviews").exchange().expectStatus().isUnauthorized();
        }

        @Test
        void shouldRouteACitizensReviewInvitationWithoutTokenAndRelayTheReviewTokenHeader() {
            services.stubFor(get("/api/evaluation/reviews/hdl-1/invitation").withHeader("X-Review-Token", equalTo("tok-1"))
                    .willReturn(okJson("{\"handlingId\":\"hdl-1\",\"reviewed\":false}")));

            client.get().uri("/api/evaluation/reviews/hdl-1/invitation").header("X-Review-Token", "tok-1").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.handlingId").isEqualTo("hdl-1");
            services.verify(getRequestedFor(urlPathEqualTo("/api/evaluation/reviews/hdl-1/invitation"))
                    .withHeader("X-Review-Token", equalTo("tok-1")));
        }

        @Test
        void shouldKeepRequiringATokenBesideTheCitizensReviewInvitation() {
            client.get().uri("/api/evaluation/reviews/hdl-1").exchange().expectStatus().isUnauthorized();
            client.post().uri("/api/evaluation/reviews/hdl-1/invitation").exchange().expectStatus().isUnauthorized();
            client.get().uri("/api/evaluation/reviews/hdl-1/invitation/more").exchange().expectStatus().isUnauthorized();
            client.get().uri("/api/evaluation/rectifications").exchange().expectStatus().isUnauthorized();
            assertThat(services.getAllServeEvents()).isEmpty();
        }

        @Test
        void shouldRequireTokenWhenWritingToApiDocsPath() {
            client.post().uri("/api/registry/v3/api-docs").exchange().expectStatus().isUnauthorized();
        }

        private void expectRejected(String token) {
            expectUnauthenticated(client.get().uri("/api/enrollment/persons").headers(h -> h.setBearerAuth(token))
                    .exchange());
            assertThat(services.getAllServeEvents()).isEmpty();
        }

        private WebTestClient.BodyContentSpec expectUnauthenticated(WebTestClient.ResponseSpec response) {
            return response.expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer"))
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://chs-platform.org/problems/unauthenticated")
                    .jsonPath("$.title").isEqualTo("Authentication required")
                    .jsonPath("$.status").isEqualTo(401)
                    .jsonPath("$.detail").exists()
                    .jsonPath("$.instance").isEqualTo("/api/enrollment/persons")
                    .jsonPath("$.traceId").exists();
        }
    }

    @Nested
    class Resilience {

        @Test
        void shouldAnswer503ProblemNamingServiceWhenItTimesOut() {
            services.stubFor(get("/api/settlement/slow").willReturn(okJson("{}").withFixedDelay(4_000)));

            client.get().uri("/api/settlement/slow").headers(h -> h.setBearerAuth(bankToken()))
                    .header("X-Request-Id", "req-slow")
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().value(HttpHeaders.RETRY_AFTER, value -> assertThat(Long.parseLong(value)).isPositive())
                    .expectHeader().valueEquals("X-Request-Id", "req-slow")
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://chs-platform.org/problems/dependency-unavailable")
                    .jsonPath("$.title").isEqualTo("Service unavailable")
                    .jsonPath("$.detail").isEqualTo("settlement-service is unavailable; try again shortly")
                    .jsonPath("$.service").isEqualTo("settlement-service")
                    .jsonPath("$.instance").isEqualTo("/api/settlement/slow")
                    .jsonPath("$.traceId").isEqualTo("req-slow");
        }

        @Test
        void shouldWaitForASlowServiceWhenItAnswersWithinTheTimeLimit() {
            services.stubFor(get("/api/settlement/report").willReturn(okJson("{}").withFixedDelay(1_300)));

            client.get().uri("/api/settlement/report").headers(h -> h.setBearerAuth(bankToken())).exchange()
                    .expectStatus().isOk();
        }

        @Test
        void shouldRetryGetWhenServiceAnswers503Once() {
            services.stubFor(get("/api/registry/points").inScenario("blip").whenScenarioStateIs(Scenario.STARTED)
                    .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
            services.stubFor(get("/api/registry/points").inScenario("blip").whenScenarioStateIs("recovered")
                    .willReturn(okJson("[\"p1\"]")));

            client.get().uri("/api/registry/points").headers(h -> h.setBearerAuth(bankToken())).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$[0]").isEqualTo("p1");

            services.verify(2, getRequestedFor(urlPathEqualTo("/api/registry/points")));
        }

        @Test
        void shouldGiveUpAfterTwoRetriesWhenServiceKeepsAnswering503() {
            services.stubFor(get("/api/registry/points").willReturn(aResponse().withStatus(503)));

            client.get().uri("/api/registry/points").headers(h -> h.setBearerAuth(bankToken())).exchange()
                    .expectStatus().isEqualTo(503);

            services.verify(3, getRequestedFor(urlPathEqualTo("/api/registry/points")));
        }

        @Test
        void shouldNotRetryPostWhenServiceAnswers503() {
            services.stubFor(post("/api/enrollment/handlings").willReturn(aResponse().withStatus(503)
                    .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":503}")));

            client.post().uri("/api/enrollment/handlings").headers(h -> h.setBearerAuth(bankToken()))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("itemCode", "E01"))
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    // The service's own answer, not the gateway's fallback: the service was reached.
                    .expectBody().jsonPath("$.service").doesNotExist();

            services.verify(1, postRequestedFor(urlPathEqualTo("/api/enrollment/handlings")));
        }

        @Test
        void shouldNotRetryGetWhenServiceAnswers500() {
            services.stubFor(get("/api/evaluation/scores").willReturn(aResponse().withStatus(500)));

            client.get().uri("/api/evaluation/scores").headers(h -> h.setBearerAuth(bankToken())).exchange()
                    .expectStatus().isEqualTo(500);

            services.verify(1, getRequestedFor(urlPathEqualTo("/api/evaluation/scores")));
        }
    }

    @Nested
    class RateLimiting {

        @Test
        void shouldAnswer429ProblemWhenClientExceedsItsCapacity() {
            services.stubFor(get(urlPathMatching("/api/registry/.*")).willReturn(okJson("{}")));
            String limited = tokens.bank("bank-limited", "sp-bank-limited");

            for (int remaining = 2; remaining >= 0; remaining--) {
                client.get().uri("/api/registry/points").headers(h -> h.setBearerAuth(limited)).exchange()
                        .expectStatus().isOk()
                        .expectHeader().valueEquals("X-RateLimit-Remaining", String.valueOf(remaining));
            }
            client.get().uri("/api/registry/points").headers(h -> h.setBearerAuth(limited)).exchange()
                    .expectStatus().isEqualTo(429)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().value(HttpHeaders.RETRY_AFTER, value -> assertThat(Long.parseLong(value)).isGreaterThanOrEqualTo(1))
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://chs-platform.org/problems/rate-limited")
                    .jsonPath("$.status").isEqualTo(429)
                    .jsonPath("$.detail").value(String.class, detail -> assertThat(detail).contains("bank-limited"))
                    .jsonPath("$.traceId").exists();

            services.verify(3, getRequestedFor(urlPathEqualTo("/api/registry/points")));
            client.get().uri("/api/registry/points").headers(h -> h.setBearerAuth(bankToken())).exchange()
                    .expectStatus().isOk();
        }

        @Test
        void shouldLimitConsoleUsersEachOnTheirOwnWhenTheyShareTheConsoleClient() {
            services.stubFor(get(urlPathMatching("/api/enrollment/.*")).willReturn(okJson("{}")));
            String clerk = tokens.clerk("clerk-county", "sp-chunan-county-hall");
            String otherClerk = tokens.clerk("clerk-township", "sp-chunan-township");

            for (int i = 0; i < 2; i++) {
                client.get().uri("/api/enrollment/persons").headers(h -> h.setBearerAuth(clerk)).exchange()
                        .expectStatus().isOk();
            }
            client.get().uri("/api/enrollment/persons").headers(h -> h.setBearerAuth(clerk)).exchange()
                    .expectStatus().isEqualTo(429)
                    .expectBody().jsonPath("$.client").isEqualTo("chs-console/clerk-county");
            client.get().uri("/api/enrollment/persons").headers(h -> h.setBearerAuth(otherClerk)).exchange()
                    .expectStatus().isOk();
        }
    }

    @Nested
    class OpenApi {

        @Test
        void shouldListFourServicesAndThePlatformWhenSwaggerConfigIsRead() {
            client.get().uri("/v3/api-docs/swagger-config").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.urls[?(@.name == 'site-registry-service')].url").isEqualTo("/api/registry/v3/api-docs")
                    .jsonPath("$.urls[?(@.name == 'enrollment-service')].url").isEqualTo("/api/enrollment/v3/api-docs")
                    .jsonPath("$.urls[?(@.name == 'settlement-service')].url").isEqualTo("/api/settlement/v3/api-docs")
                    .jsonPath("$.urls[?(@.name == 'evaluation-service')].url").isEqualTo("/api/evaluation/v3/api-docs")
                    .jsonPath("$.urls[?(@.name == 'platform')].url").isEqualTo("/v3/api-docs/platform");
        }

        @Test
        void shouldServeSwaggerUiWhenNoToken() {
            client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
            client.get().uri("/webjars/swagger-ui/index.html").exchange().expectStatus().isOk();
        }

        @Test
        void shouldMergeAllServiceDocumentsWhenAllAnswer() {
            stubSpec("registry", "/api/registry/points", "Point");
            stubSpec("enrollment", "/api/enrollment/persons", "Person");
            stubSpec("settlement", "/api/settlement/bills", "Bill");
            stubSpec("evaluation", "/api/evaluation/scores", "Score");

            client.get().uri("/v3/api-docs/platform").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.paths['/api/registry/points'].get.operationId").isEqualTo("listPoint")
                    .jsonPath("$.paths['/api/enrollment/persons']['x-chs-service']").isEqualTo("enrollment-service")
                    .jsonPath("$.paths['/api/settlement/bills']").exists()
                    .jsonPath("$.paths['/api/evaluation/scores']").exists()
                    .jsonPath("$.components.schemas.Person").exists()
                    .jsonPath("$['x-unavailable']").doesNotExist();

            services.verify(getRequestedFor(urlPathEqualTo("/api/enrollment/v3/api-docs"))
                    .withHeader("X-Request-Id", matching(".+")));
        }

        @Test
        void shouldStillAnswerAndNameTheMissingServiceWhenOneDocumentFails() {
            stubSpec("registry", "/api/registry/points", "Point");
            stubSpec("enrollment", "/api/enrollment/persons", "Person");
            stubSpec("settlement", "/api/settlement/bills", "Bill");
            services.stubFor(get("/api/evaluation/v3/api-docs").willReturn(aResponse().withStatus(500)));

            client.get().uri("/v3/api-docs/platform").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.paths['/api/registry/points']").exists()
                    .jsonPath("$.paths['/api/evaluation/scores']").doesNotExist()
                    .jsonPath("$['x-unavailable'][0]").isEqualTo("evaluation-service")
                    .jsonPath("$.info.description").value(String.class,
                            description -> assertThat(description).contains("Unavailable").contains("evaluation-service"));
        }

        private void stubSpec(String area, String path, String schema) {
            String spec = """
                    {"openapi":"3.1.0","info":{"title":"%1$s","version":"1"},
                     "paths":{"%2$s":{"get":{"operationId":"list%3$s","responses":{"200":{"description":"ok",
                       "content":{"application/json":{"schema":{"$ref":"#/components/schemas/%3$s"}}}}}}}},
                     "components":{"schemas":{"%3$s":{"type":"object"}}}}
                    """.formatted(area, path, schema);
            services.stubFor(get("/api/" + area + "/v3/api-docs").willReturn(okJson(spec)));
        }
    }

    @Nested
    class Configuration {

        @Autowired
        GatewayProperties gateway;

        @Test
        void shouldTrustForwardedHeadersOnlyFromLoopbackWhenNotConfigured() {
            assertThat(gateway.getTrustedProxies()).isEqualTo("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
        }

        @Test
        void shouldPutTheBreakerOutsideTheRetryOnEveryRouteWhenRoutesAreLoaded() {
            assertThat(gateway.getRoutes()).extracting(RouteDefinition::getId).containsExactly(
                    "site-registry-service", "enrollment-service", "settlement-service", "evaluation-service");
            assertThat(gateway.getRoutes()).allSatisfy(route -> {
                assertThat(route.getFilters()).extracting(FilterDefinition::getName).containsExactly("CircuitBreaker", "Retry");
                assertThat(route.getFilters().get(0).getArgs()).containsEntry("fallbackUri", "forward:/fallback/" + route.getId());
                assertThat(route.getFilters().get(1).getArgs()).containsEntry("methods", "GET,HEAD");
            });
        }
    }

    @Nested
    class Actuator {

        @ParameterizedTest
        @CsvSource({"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
        void shouldAnswerUpWhenProbedWithoutToken(String path) {
            client.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }

        @Test
        void shouldShowEachServiceBreakerWhenHealthIsRead() {
            client.get().uri("/actuator/health").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.components.circuitBreakers.components['enrollment-service'].status").exists()
                    .jsonPath("$.components.circuitBreakers.components['evaluation-service'].status").exists();
        }

        @Test
        void shouldServePrometheusWithoutToken() {
            client.get().uri("/actuator/prometheus").exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
        }

        @Test
        void shouldNotExposeOtherEndpointsWhenCalledWithToken() {
            for (String endpoint : List.of("env", "beans", "gateway", "configprops")) {
                client.get().uri("/actuator/" + endpoint).headers(h -> h.setBearerAuth(bankToken())).exchange()
                        .expectStatus().isNotFound();
            }
        }
    }
}
