package org.chs.enrollment.handling;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.chs.enrollment.support.EnrollmentIT;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** "May this point handle this item?" against WireMock standing in for site-registry: up, down, slow, unknown. */
class SiteRegistryAuthorisationIT extends EnrollmentIT {

    @Nested
    class WhenRegistryIsUp {

        @Test
        void shouldHandleWithALiveAnswerAndRelayTheCallersTokenWhenAllowed() {
            registryAnswers(COUNTY_HALL, "ENR-02", true, null, 4);
            HttpResponse<String> response = post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling()));

            assertThat(response.statusCode()).isEqualTo(201);
            JsonNode authorisation = json(response).path("handling").path("authorisation");
            assertThat(authorisation.path("source").asString()).isEqualTo("LIVE");
            assertThat(authorisation.path("stale").asBoolean()).isFalse();
            assertThat(authorisation.path("catalogueVersion").asInt()).isEqualTo(4);
            assertThat(json(response).path("handling").path("itemName").asString()).isEqualTo("ENR-02 name");
            assertThat(json(response).path("handling").path("servicePointName").asString()).isEqualTo(pointName(COUNTY_HALL));
            SITE_REGISTRY.verify(getRequestedFor(urlPathEqualTo(authorisationPath(COUNTY_HALL, "ENR-02")))
                    .withHeader("Authorization", equalTo("Bearer " + clerk)));
        }

        @Test
        void shouldRevalidateTheCachedAnswerWithItsETagWhenAskedAgain() {
            registryAnswers(COUNTY_HALL, "ENR-02", true, null, 5);
            assertThat(post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling())).statusCode())
                    .isEqualTo(201);
            SITE_REGISTRY.stubFor(get(urlPathEqualTo(authorisationPath(COUNTY_HALL, "ENR-02"))).atPriority(0)
                    .withHeader("If-None-Match", equalTo("\"v5\"")).willReturn(aResponse().withStatus(304)));

            HttpResponse<String> second = post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling()));

            assertThat(second.statusCode()).isEqualTo(201);
            assertThat(json(second).path("handling").path("authorisation").path("source").asString()).isEqualTo("LIVE");
            assertThat(json(second).path("handling").path("authorisation").path("catalogueVersion").asInt()).isEqualTo(5);
        }

        @Test
        void shouldAnswer403NamingItemAndPointWhenTheCatalogueSaysNo() {
            registryAnswers(COUNTY_HALL, "ENR-01", false, "withdrawn from this point", 6);
            HttpResponse<String> response = post("/api/enrollment/persons", clerk, employeeEnrolment(newAdultIdNumber(), counterHandling()));

            assertThat(response.statusCode()).isEqualTo(403);
            JsonNode problem = json(response);
            assertThat(problem.path("type").asString()).endsWith("/item-not-authorised");
            assertThat(problem.path("itemCode").asString()).isEqualTo("ENR-01");
            assertThat(problem.path("servicePointId").asString()).isEqualTo(COUNTY_HALL);
            assertThat(problem.path("detail").asString()).contains("ENR-01").contains(COUNTY_HALL);
        }

        @Test
        void shouldForbidWhenTheRegistryDoesNotKnowThePoint() {
            SITE_REGISTRY.stubFor(get(urlPathMatching("/api/registry/service-points/" + COUNTY_HALL + "/.*")).atPriority(1)
                    .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                            .withBody("{\"status\":404,\"title\":\"Not found\"}")));
            HttpResponse<String> response = post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling()));
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).path("detail").asString()).contains("unknown service point");
        }

        @Test
        void shouldForbidAndNeverCountItAsAnOutageWhenTheRegistryRefusesTheQuestion() {
            SITE_REGISTRY.stubFor(get(urlPathMatching("/api/registry/service-points/" + COUNTY_HALL + "/.*")).atPriority(1)
                    .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/problem+json")
                            .withBody("{\"status\":401,\"title\":\"Unauthorized\"}")));

            for (int i = 0; i < 6; i++) {
                HttpResponse<String> response = post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling()));
                assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
                assertThat(json(response).path("type").asString()).endsWith("/item-not-authorised");
            }

            assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker("site-registry").getState())
                    .isEqualTo(io.github.resilience4j.circuitbreaker.CircuitBreaker.State.CLOSED);
        }
    }

    @Nested
    class WhenRegistryIsDown {

        @Test
        void shouldUseTheLastKnownAnswerMarkedStaleWhenDownAfterASuccess() {
            registryAnswers(COUNTY_HALL, "ENR-02", true, null, 7);
            assertThat(post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling())).statusCode())
                    .isEqualTo(201);
            registryDown();

            HttpResponse<String> response = post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling()));

            assertThat(response.statusCode()).isEqualTo(201);
            JsonNode authorisation = json(response).path("handling").path("authorisation");
            assertThat(authorisation.path("source").asString()).isEqualTo("CACHE");
            assertThat(authorisation.path("stale").asBoolean()).isTrue();
            assertThat(authorisation.path("catalogueVersion").asInt()).isEqualTo(7);
            // and the handling record says so too
            String handlingId = json(response).path("handling").path("handlingId").asString();
            // the point's day holds the other ITs' handlings too: page through it, newest last
            java.util.Optional<JsonNode> found = java.util.Optional.empty();
            for (int page = 0; found.isEmpty(); page++) {
                JsonNode listed = json(fetch("/api/enrollment/handlings?size=200&page=" + page, clerk));
                found = listed.path("items").valueStream().filter(h -> h.path("handlingId").asString().equals(handlingId)).findFirst();
                if (!listed.path("hasNext").asBoolean()) {
                    break;
                }
            }
            assertThat(found)
                    .hasValueSatisfying(h -> {
                        assertThat(h.path("authorisation").path("source").asString()).isEqualTo("CACHE");
                        assertThat(h.path("authorisation").path("stale").asBoolean()).isTrue();
                        assertThat(h.path("servicePointName").asString()).as("kept with the cached answer").isEqualTo(pointName(COUNTY_HALL));
                    });
        }

        @Test
        void shouldKeepRefusingWhenTheLastKnownAnswerWasNo() {
            registryAnswers(COUNTY_HALL, "ENR-01", false, "not at this point", 8);
            assertThat(post("/api/enrollment/persons", clerk, employeeEnrolment(newAdultIdNumber(), counterHandling())).statusCode())
                    .isEqualTo(403);
            registryDown();

            HttpResponse<String> response = post("/api/enrollment/persons", clerk, employeeEnrolment(newAdultIdNumber(), counterHandling()));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).path("authorisationSource").asString()).isEqualTo("CACHE");
            assertThat(json(response).path("stale").asBoolean()).isTrue();
        }

        @Test
        void shouldForgetTheLastAnswerWhenTheRegistrySaysNoStore() {
            registryAnswers(COUNTY_HALL, "ENR-02", true, null, 11);
            assertThat(post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling())).statusCode())
                    .isEqualTo(201);
            // the point was suspended: a refusal the registry forbids keeping
            SITE_REGISTRY.stubFor(get(urlPathEqualTo(authorisationPath(COUNTY_HALL, "ENR-02"))).atPriority(0).willReturn(
                    okJson("{\"allowed\":false,\"reason\":\"service point is SUSPENDED\",\"catalogueVersion\":11}")
                            .withHeader("Cache-Control", "no-store").withHeader("ETag", "\"v11\"")));
            assertThat(post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling())).statusCode())
                    .isEqualTo(403);
            registryDown();

            // the earlier "allowed" must not come back from the cache while the registry is down
            assertThat(post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling())).statusCode())
                    .isEqualTo(503);
        }

        @Test
        void shouldAnswer503AndDoNothingWhenDownWithNothingCached() {
            registryDown();
            String idNumber = newAdultIdNumber();

            HttpResponse<String> response = post("/api/enrollment/persons", clerk, residentEnrolment(idNumber, counterHandling()));

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(json(response).path("type").asString()).isEqualTo("https://chs-platform.org/problems/dependency-unavailable");
            assertThat(response.headers().firstValue("Retry-After")).isPresent();
            assertThat(json(post("/api/enrollment/persons/lookups", clerk, "{\"idNumber\":\"" + idNumber + "\"}"))).isEmpty();
        }

        @Test
        void shouldWaitForTheConfiguredTimeLimitWhenTheRegistryIsSlowButInTime() {
            // 2.5 s is beyond Resilience4j's 1 s default: this fails if the configured limit (8 s in these tests) is not in force.
            SITE_REGISTRY.stubFor(get(urlPathEqualTo(authorisationPath(COUNTY_HALL, "ENR-02"))).atPriority(1)
                    .willReturn(okJson("{\"allowed\":true,\"catalogueVersion\":9}").withFixedDelay(2_500)));

            HttpResponse<String> response = post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling()));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }

        @Test
        void shouldNeverAllowByDefaultWhenTheRegistryIsTooSlow() {
            SITE_REGISTRY.stubFor(get(urlPathEqualTo(authorisationPath(COUNTY_HALL, "ENR-02"))).atPriority(1)
                    .willReturn(okJson("{\"allowed\":true,\"catalogueVersion\":9}").withFixedDelay(9_000)));

            HttpResponse<String> response = post("/api/enrollment/persons", clerk, residentEnrolment(newAdultIdNumber(), counterHandling()));

            assertThat(response.statusCode()).isEqualTo(503);
        }

        @Test
        void shouldAnswerFromTheCacheWithoutCallingWhenTheBreakerIsOpen() {
            registryAnswers(COUNTY_HALL, "QRY-03", true, null, 10);
            String personId = enrolResidentAtCounter(newAdultIdNumber());
            assertThat(post("/api/enrollment/persons/" + personId + "/certificates", clerk, "{\"handling\":" + counterHandling() + "}")
                    .statusCode()).isEqualTo(200);
            registryDown();
            for (int i = 0; i < 6; i++) {
                post("/api/enrollment/persons/" + personId + "/certificates", clerk, "{\"handling\":" + counterHandling() + "}");
            }
            int callsBefore = SITE_REGISTRY.getAllServeEvents().size();

            HttpResponse<String> response = post("/api/enrollment/persons/" + personId + "/certificates", clerk,
                    "{\"handling\":" + counterHandling() + "}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).path("handling").path("authorisation").path("source").asString()).isEqualTo("CACHE");
            assertThat(SITE_REGISTRY.getAllServeEvents()).hasSize(callsBefore);
        }
    }
}
