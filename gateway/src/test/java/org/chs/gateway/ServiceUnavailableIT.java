package org.chs.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.chs.testsupport.jwt.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;

/** The gateway with evaluation-service stopped: its port refuses connections. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "resilience4j.circuitbreaker.configs.default.sliding-window-size=4",
        "resilience4j.circuitbreaker.configs.default.minimum-number-of-calls=4",
        "resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state=1h",
        "chs.gateway.fallback.retry-after=7s"
})
@AutoConfigureWebTestClient
class ServiceUnavailableIT {

    private static final TestTokens tokens = TestTokens.shared();
    private static final WireMockServer services = Backends.wireMock();
    private static final int STOPPED = Backends.closedPort();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        Backends.allAtWireMock(registry);
        registry.add(Backends.EVALUATION_URL, () -> "http://127.0.0.1:" + STOPPED);
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void resetServices() {
        services.resetAll();
    }

    private String adminToken() {
        return tokens.user("admin", "agency-admin");
    }

    @Nested
    class Fallback {

        @Test
        void shouldAnswer503ProblemNamingServiceWhenGetIsRefused() {
            expectUnavailable(client.get().uri("/api/evaluation/evaluations/1")
                    .headers(h -> h.setBearerAuth(adminToken())).header("X-Request-Id", "req-down").exchange())
                    .jsonPath("$.traceId").isEqualTo("req-down");
        }

        @Test
        void shouldAnswer503ProblemNamingServiceWhenPostIsRefused() {
            expectUnavailable(client.post().uri("/api/evaluation/evaluations/1/findings")
                    .headers(h -> h.setBearerAuth(adminToken()))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"item\":\"A1\"}")
                    .exchange());
        }

        @Test
        void shouldOpenTheBreakerAndShowItInHealthWhenFailuresRepeat() {
            for (int i = 0; i < 5; i++) {
                client.get().uri("/api/evaluation/evaluations/" + i).headers(h -> h.setBearerAuth(adminToken()))
                        .exchange().expectStatus().isEqualTo(503);
            }

            client.get().uri("/actuator/health").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("UP")
                    .jsonPath("$.components.circuitBreakers.components['evaluation-service'].status").isEqualTo("CIRCUIT_OPEN")
                    .jsonPath("$.components.circuitBreakers.components['enrollment-service'].status").isEqualTo("UP");
            client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        }

        @Test
        void shouldStillRouteOtherServicesWhenOneIsDown() {
            services.stubFor(get("/api/enrollment/persons").willReturn(okJson("[]")));

            client.get().uri("/api/enrollment/persons").headers(h -> h.setBearerAuth(adminToken())).exchange()
                    .expectStatus().isOk();
        }

        private WebTestClient.BodyContentSpec expectUnavailable(WebTestClient.ResponseSpec response) {
            return response.expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7")
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://chs-platform.org/problems/dependency-unavailable")
                    .jsonPath("$.title").isEqualTo("Service unavailable")
                    .jsonPath("$.status").isEqualTo(503)
                    .jsonPath("$.detail").isEqualTo("evaluation-service is unavailable; try again shortly")
                    .jsonPath("$.service").isEqualTo("evaluation-service")
                    .jsonPath("$.traceId").exists();
        }
    }

    @Nested
    class OpenApi {

        @Test
        void shouldMergeTheOthersAndNameTheMissingServiceWhenOneIsDown() {
            services.stubFor(get("/api/enrollment/v3/api-docs").willReturn(okJson("""
                    {"openapi":"3.1.0","info":{"title":"enrollment","version":"1"},
                     "paths":{"/api/enrollment/persons":{"get":{"responses":{"200":{"description":"ok"}}}}}}
                    """)));

            client.get().uri("/v3/api-docs/platform").exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.paths['/api/enrollment/persons']").exists()
                    .jsonPath("$['x-unavailable']").value(Object.class,
                            missing -> assertThat(missing.toString()).contains("evaluation-service"))
                    .jsonPath("$.info.description").value(String.class,
                            description -> assertThat(description).contains("evaluation-service"));
        }
    }
}
