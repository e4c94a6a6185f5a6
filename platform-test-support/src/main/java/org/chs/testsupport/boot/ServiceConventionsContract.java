package org.chs.testsupport.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.chs.testsupport.jwt.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The conventions every service keeps, checked on the running application: health groups, metrics, OpenAPI under the public
 * prefix, bearer-token security with problem-detail errors, request ids. A service's {@code *ApplicationIT} extends it.
 */
public abstract class ServiceConventionsContract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    /** The service's public path prefix, e.g. {@code /api/enrollment}. */
    protected abstract String apiPrefix();

    @Test
    void shouldReportReadinessWithMongoWhenStarted() throws Exception {
        HttpResponse<String> response = get("/actuator/health/readiness", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldExposePrometheusMetricsWithoutTokenWhenScraped() throws Exception {
        HttpResponse<String> response = get("/actuator/prometheus", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldNotExposeOtherActuatorEndpointsWhenAsked() throws Exception {
        assertThat(get("/actuator/env", TestTokens.shared().user("admin", "agency-admin")).statusCode()).isIn(403, 404);
    }

    @Test
    void shouldServeOpenApiUnderThePublicPrefixWhenAskedWithoutToken() throws Exception {
        HttpResponse<String> response = get(apiPrefix() + "/v3/api-docs", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"");
    }

    @Test
    void shouldAnswerProblemDetail401WhenNoTokenIsSent() throws Exception {
        HttpResponse<String> response = get(apiPrefix() + "/anything", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"https://chs-platform.org/problems/unauthenticated\"");
    }

    @Test
    void shouldAnswer401WhenTheTokenIsExpiredOrForgedOrFromAnotherIssuer() throws Exception {
        TestTokens tokens = TestTokens.shared();
        assertThat(get(apiPrefix() + "/anything", tokens.token().user("x").roles("agency-admin").expired().sign()).statusCode()).isEqualTo(401);
        assertThat(get(apiPrefix() + "/anything", tokens.token().user("x").roles("agency-admin").signedWithUnknownKey().sign()).statusCode())
                .isEqualTo(401);
        assertThat(get(apiPrefix() + "/anything", tokens.token().user("x").roles("agency-admin").issuer("http://evil/realms/chs").sign())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswerProblemDetail404WithTraceIdWhenPathIsUnknown() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(apiPrefix() + "/no-such-resource"))
                .header("Authorization", "Bearer " + TestTokens.shared().user("admin", "agency-admin"))
                .header("X-Request-Id", "req-contract-1").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-contract-1");
        assertThat(response.body()).contains("\"traceId\":\"req-contract-1\"").contains("\"status\":404");
    }

    protected HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
