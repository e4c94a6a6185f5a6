package org.chs.evaluation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * Site-registry's declarations for the ITs: a declaration a test opens an evaluation for is declared here first (by
 * {@link EvaluationFixtures#open}); any other id is unknown (404).
 */
final class SiteRegistryStub {

    static final WireMockServer REGISTRY = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

    static {
        REGISTRY.start();
        REGISTRY.stubFor(get(urlPathMatching("/api/registry/declarations/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://chs-platform.org/problems/not-found\",\"status\":404}")));
    }

    private SiteRegistryStub() {
    }

    static String url() {
        return REGISTRY.baseUrl();
    }

    static void declare(String declarationId, String batchId, String servicePointId, String category, int year) {
        REGISTRY.stubFor(get(urlPathEqualTo("/api/registry/declarations/" + declarationId)).atPriority(1).willReturn(okJson("""
                {"id":"%s","batchId":"%s","servicePointId":"%s","category":"%s","level":"COUNTY","year":%d,"status":"DECLARED"}"""
                .formatted(declarationId, batchId, servicePointId, category, year))));
    }
}
