package org.chs.testsupport.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.chs.testsupport.jwt.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The conventions every service keeps, checked on the running application: health groups, metrics, OpenAPI under the public
 * prefix (behind the gateway, no internal parameters), bearer-token security with problem-detail errors, request ids, and
 * over every documented operation: huge path variables and missing query parameters are typed 400 problems; Tomcat's own
 * rejections and bodies above the limit are problems too. A service's {@code *ApplicationIT} extends it.
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

    @Test
    void shouldDescribeItselfBehindTheGatewayWithoutInternalParametersWhenTheOpenApiIsRead() throws Exception {
        String document = get(apiPrefix() + "/v3/api-docs", null).body();
        assertThat(JsonPath.<String>read(document, "$.info.title")).isNotBlank().isNotEqualTo("OpenAPI definition");
        assertThat(JsonPath.<String>read(document, "$.info.version")).isNotEqualTo("v0");
        assertThat(JsonPath.<String>read(document, "$.info.description")).isNotBlank();
        assertThat(JsonPath.<List<String>>read(document, "$.servers[*].url")).containsExactly("http://127.0.0.1:8080");
        assertThat(JsonPath.<List<String>>read(document, "$.paths.*.*.parameters[?(@.name == 'caller')].name")).isEmpty();
    }

    @Test
    void shouldAnswer400NamingTheVariableWhenAPathVariableIsHuge() throws Exception {
        String huge = "A".repeat(2000);
        List<String> failures = new ArrayList<>();
        for (Operation operation : operations()) {
            if (!operation.path().contains("{")) {
                continue;
            }
            HttpResponse<String> response = send(operation, operation.path().replaceAll("\\{[^}]+}", huge), allRoles());
            if (response.statusCode() != 400 || !isProblemWithType(response)) {
                failures.add(operation + " → " + response.statusCode() + " " + abbreviate(response.body()));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldAnswerAValidationProblemNamingTheParameterWhenARequiredQueryParameterIsMissing() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Operation operation : operations()) {
            if (operation.requiredQueryParameters().isEmpty()) {
                continue;
            }
            HttpResponse<String> response = send(operation, operation.path().replaceAll("\\{[^}]+}", "x"), allRoles());
            if (response.statusCode() != 400 || !response.body().contains("\"type\":\"https://chs-platform.org/problems/validation\"")
                    || operation.requiredQueryParameters().stream().noneMatch(name -> response.body().contains("\"field\":\"" + name + "\""))) {
                failures.add(operation + " → " + response.statusCode() + " " + abbreviate(response.body()));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shouldAnswerProblemJsonNotHtmlWhenTomcatRejectsTheRequestItself() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + apiPrefix() + "/x HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header: x\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("<html")
                    .contains("\"type\":\"https://chs-platform.org/problems/");
        }
    }

    @Test
    void shouldAnswer413ProblemWhenTheBodyIsAboveTheLimit() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(apiPrefix() + "/anything"))
                .header("Authorization", "Bearer " + allRoles()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("\"" + "x".repeat(1536 * 1024) + "\"")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"type\":\"https://chs-platform.org/problems/payload-too-large\"");
    }

    /** One operation of the service's OpenAPI document. */
    protected record Operation(String method, String path, List<String> requiredQueryParameters, String contentType) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Every operation the service documents. */
    protected List<Operation> operations() throws IOException, InterruptedException {
        String document = get(apiPrefix() + "/v3/api-docs", null).body();
        Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?> details)) {
                return;
            }
            List<String> required = new ArrayList<>();
            if (details.get("parameters") instanceof List<?> parameters) {
                for (Object parameter : parameters) {
                    if (parameter instanceof Map<?, ?> p && "query".equals(p.get("in")) && Boolean.TRUE.equals(p.get("required"))) {
                        required.add(String.valueOf(p.get("name")));
                    }
                }
            }
            String contentType = "application/json";
            if (details.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content
                    && !content.isEmpty() && !content.containsKey("application/json")) {
                contentType = String.valueOf(content.keySet().iterator().next());
            }
            operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path, required, contentType));
        }));
        return operations;
    }

    /** A token that holds every realm role and every claim a service reads, so that only the input decides the answer. */
    protected static String allRoles() {
        return TestTokens.shared().token().user("contract-probe").roles("counter-clerk", "bank-operator", "hospital-operator",
                        "site-evaluator", "agency-admin", "auditor").claim("service_point_id", "sp-contract-probe")
                .claim("institution_id", "inst-contract-probe").sign();
    }

    /** Calls an operation with a token, an Idempotency-Key and a harmless body of its content type ({@code {}} for JSON). */
    protected HttpResponse<String> send(Operation operation, String path, String token) throws IOException, InterruptedException {
        String method = operation.method();
        String body = operation.contentType().contains("json") ? "{}" : "x";
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", operation.contentType()).header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, "GET".equals(method) || "DELETE".equals(method) || "HEAD".equals(method)
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isProblemWithType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && response.body().contains("\"type\":\"https://chs-platform.org/problems/");
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
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
