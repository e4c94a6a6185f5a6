package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.chs.localstack.AuthorizationMatrix.BadToken;
import org.chs.localstack.AuthorizationMatrix.Caller;
import org.chs.localstack.RequestFactory.Scope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two generic suites of {@link PlatformEndToEndIT} against a fake gateway that answers as told: they find a 5xx, an untyped
 * error and every kind of leak, and pass a gateway that behaves. The document has the shape springdoc and the gateway give.
 */
class GenericSuitesTest {

    private static final JsonNode DOCUMENT = JsonMapper.builder().build().readTree("""
            {"openapi":"3.1.0","paths":{
              "/api/x/things/{servicePointId}":{"x-chs-service":"x-service","get":{"x-roles":["agency-admin","counter-clerk"],
                "parameters":[{"name":"servicePointId","in":"path","required":true,"schema":{"type":"string"}},
                              {"name":"size","in":"query","required":false,"schema":{"type":"integer","maximum":100}}]}},
              "/api/x/things":{"x-chs-service":"x-service","post":{"x-roles":["agency-admin"],
                "parameters":[{"name":"Idempotency-Key","in":"header","required":true,"schema":{"type":"string"}}],
                "requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}}}},
              "/api/x/reviews":{"x-chs-service":"x-service","post":{"security":[],
                "requestBody":{"content":{"application/json":{"schema":{"type":"object","properties":{"level":{"type":"string"}}}}}}}}},
             "components":{"schemas":{"Thing":{"type":"object","required":["idNumber","amount"],"properties":{
                "idNumber":{"type":"string","pattern":"\\\\d{17}[0-9Xx]"},"amount":{"type":"number","minimum":0},
                "lines":{"type":"array","items":{"type":"object","properties":{"code":{"type":"string"}}}},
                "day":{"type":"string","format":"date"},"paid":{"type":"boolean"}}}}}}
            """);
    private static final List<ApiOperation> OPERATIONS = ApiOperation.all(DOCUMENT);

    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A fake gateway: {@code answer} gives status, content type and body for a request. */
    private ProbeClient gateway(Function<HttpExchange, String[]> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String[] reply = answer.apply(exchange);
            byte[] body = reply[2].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", reply[1]);
            exchange.sendResponseHeaders(Integer.parseInt(reply[0]), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return new ProbeClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
    }

    private static String[] problem(int status) {
        return new String[] {String.valueOf(status), "application/problem+json",
                "{\"type\":\"https://chs-platform.org/problems/x\",\"status\":" + status + "}"};
    }

    private static RequestFactory requests() {
        return new RequestFactory(new SampleValues(new Schemas(DOCUMENT)));
    }

    private static String token(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header == null ? null : header.substring("Bearer ".length());
    }

    @Test
    void shouldReadOperationsRolesAndPublicOnesFromTheDocument() {
        assertThat(OPERATIONS).extracting(ApiOperation::toString)
                .containsExactly("GET /api/x/things/{servicePointId}", "POST /api/x/things", "POST /api/x/reviews");
        assertThat(OPERATIONS.get(0).roles()).contains(List.of("agency-admin", "counter-clerk"));
        assertThat(OPERATIONS.get(2).publicOperation()).isTrue();
        assertThat(OPERATIONS.get(1).roles()).contains(List.of("agency-admin"));
    }

    @Test
    void shouldSampleAWellFormedRequestFromTheSchema() {
        ProbeClient.Request request = requests().wellFormed(OPERATIONS.get(1), Scope.AGENCY);
        JsonNode body = JsonMapper.builder().build().readTree(request.body());
        assertThat(body.path("idNumber").asString()).matches("\\d{17}[0-9X]");
        assertThat(body.path("amount").isNumber()).isTrue();
        assertThat(body.path("day").asString()).isEqualTo("2026-05-01");
        assertThat(request.headers()).containsKey("Idempotency-Key").containsEntry("Content-Type", "application/json");
        assertThat(requests().wellFormed(OPERATIONS.get(0), new Scope("sp-own", null)).path()).isEqualTo("/api/x/things/sp-own");
    }

    @Test
    void shouldListEvery5xxAndUntypedErrorWhenTheGatewayAnswersThem() throws Exception {
        ProbeClient client = gateway(exchange -> {
            String uri = exchange.getRequestURI().getRawPath();
            if (uri.contains("%2F")) {
                return new String[] {"500", "application/json", "{\"error\":\"boom\"}"};
            }
            if (uri.endsWith("/reviews")) {
                return new String[] {"400", "text/html", "<html>Bad Request</html>"};
            }
            return problem(400);
        });
        MalformedInputSuite suite = new MalformedInputSuite(OPERATIONS, requests(), client,
                operation -> new AbstractMap.SimpleEntry<>("t", Scope.AGENCY));

        MalformedInputSuite.Report report = suite.run();

        // an encoded slash is in two of the odd path values: the slash itself and the dot segments
        assertThat(report.serverErrors()).isEqualTo(2);
        assertThat(report.offenders()).extracting(MalformedInputSuite.Offender::kind).contains("path: encoded slash",
                "path: dot segments", "invalid JSON, not a typed problem", "XML content type, not a typed problem");
        assertThat(report.summary()).contains("3 operations").contains("5xx 2");
    }

    @Test
    void shouldPassWhenEveryMalformedRequestIsATypedProblem() throws Exception {
        MalformedInputSuite suite = new MalformedInputSuite(OPERATIONS, requests(), gateway(exchange -> problem(400)),
                operation -> new AbstractMap.SimpleEntry<>("t", Scope.AGENCY));

        MalformedInputSuite.Report report = suite.run();

        assertThat(report.offenders()).isEmpty();
        assertThat(report.requests()).isGreaterThan(20);
    }

    private static List<Caller> callers() {
        return List.of(new Caller("admin", Set.of("agency-admin"), Scope.AGENCY, null, "admin"),
                new Caller("clerk", Set.of("counter-clerk"), new Scope("sp-own", null), new Scope("sp-other", null), "clerk"),
                new Caller("bank", Set.of("bank-operator"), new Scope("sp-bank", null), new Scope("sp-other-bank", null), "bank"));
    }

    private static final List<BadToken> BAD = List.of(new BadToken("no token", null), new BadToken("forged", "forged"));

    @Test
    void shouldFindTokenRoleAndScopeLeaksWhenTheGatewayAnswersEveryone() throws Exception {
        AuthorizationMatrix matrix = new AuthorizationMatrix(OPERATIONS, requests(),
                gateway(exchange -> new String[] {"200", "application/json", "{}"}), callers(), BAD);

        AuthorizationMatrix.Report report = matrix.run();

        assertThat(report.leaks()).extracting(leak -> leak.rule().replaceAll(" .*", "") + " " + leak.caller() + " " + leak.request())
                .containsExactlyInAnyOrder(
                        "token no token GET /api/x/things/sp-chunan-county-hall", "token forged GET /api/x/things/sp-chunan-county-hall",
                        "token no token POST /api/x/things", "token forged POST /api/x/things",
                        "role bank GET /api/x/things/sp-bank", "role clerk POST /api/x/things", "role bank POST /api/x/things",
                        "scope clerk GET /api/x/things/sp-other");
    }

    @Test
    void shouldFindNoLeakWhenTheGatewayRefusesWhoItShould() throws Exception {
        AuthorizationMatrix matrix = new AuthorizationMatrix(OPERATIONS, requests(), gateway(exchange -> {
            String token = token(exchange);
            String path = exchange.getRequestURI().getPath();
            if (token == null || token.equals("forged")) {
                return problem(401);
            }
            boolean admin = token.equals("admin");
            boolean clerkAtOwnPoint = token.equals("clerk") && path.endsWith("/sp-own");
            boolean allowed = path.startsWith("/api/x/things/") ? admin || clerkAtOwnPoint : admin;
            return allowed ? new String[] {"200", "application/json", "{}"} : problem(403);
        }), callers(), BAD);

        AuthorizationMatrix.Report report = matrix.run();

        assertThat(report.leaks()).isEmpty();
        assertThat(report.serverErrorOffenders()).isEmpty();
        assertThat(report.checks()).containsEntry("token", 4).containsEntry("role", 3).containsEntry("scope", 1);
    }
}
