package org.chs.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The conventions of platform-web on a running Tomcat: problems for every rejection, bounds, body limits, request ids, OpenAPI. */
@ProbeTest
class PlatformWebConventionsTest {

    static final String CLERK = "chs-console.counter-clerk.sp-1";
    static final String PROBLEM_JSON = "application/problem+json";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", ProbeServer::mongoUri);
    }

    @LocalServerPort
    int port;
    ProbeServer server;

    @BeforeEach
    void server() {
        server = new ProbeServer(port);
    }

    @Nested
    class ContainerErrors {

        @Test
        void shouldAnswerProblemJsonWhenTomcatRejectsTheRequestLine() throws Exception {
            String answer = server.raw("GET /api/probe/search?period=x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: req-bad-line\r\n"
                    + "Bad Header Name: x\r\nConnection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).contains("Content-Type: " + PROBLEM_JSON).doesNotContain("<html");
            assertThat(answer).contains("\"type\":\"https://chs-platform.org/problems/malformed-request\"")
                    .contains("\"traceId\":\"req-bad-line\"");
        }

        @Test
        void shouldAnswerProblemJsonWhenThePathHasAnInvalidCharacter() throws Exception {
            String answer = server.raw("GET /api/probe/%00x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: " + PROBLEM_JSON).doesNotContain("<html")
                    .contains("\"type\":\"https://chs-platform.org/problems/");
        }

        @Test
        void shouldAnswerProblemWithTraceIdAndLogItWhenAFilterFails(CapturedOutput output) throws Exception {
            HttpResponse<String> response = server.send(server.get("/api/probe/broken-filter", CLERK).header("X-Request-Id", "req-filter-1"));
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(PROBLEM_JSON));
            assertThat(response.body()).contains("\"type\":\"https://chs-platform.org/problems/internal\"")
                    .contains("\"traceId\":\"req-filter-1\"").doesNotContain("filter internals");
            assertThat(output.getOut() + output.getErr()).contains("[req-filter-1]");
        }
    }

    @Nested
    class Problems {

        @Test
        void shouldGiveAMissingQueryParameterATypeAndNameItWhenItIsRequired() throws Exception {
            HttpResponse<String> response = server.send(server.get("/api/probe/search", CLERK));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("\"type\":\"https://chs-platform.org/problems/validation\"")
                    .contains("\"field\":\"period\"").contains("\"rule\":\"required\"");
        }

        @Test
        void shouldLogTheRequestIdOnTheLineOfAnUnexpectedError(CapturedOutput output) throws Exception {
            HttpResponse<String> response = server.send(server.get("/api/probe/boom", CLERK).header("X-Request-Id", "req-boom-7"));
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("\"traceId\":\"req-boom-7\"");
            assertThat((output.getOut() + output.getErr()).lines().filter(line -> line.contains("Unexpected error on GET /api/probe/boom")))
                    .anySatisfy(line -> assertThat(line).contains("[req-boom-7]"));
        }

        @Test
        void shouldMaskAResidentIdNumberWhenTheAnswerWouldEchoIt() throws Exception {
            HttpResponse<String> response = server.send(server.get("/api/probe/persons/330127199003072118", CLERK));
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("330127199003072118").contains("330127********2118");
        }
    }

    @Nested
    class Bounds {

        @Test
        void shouldRefuseAPathVariableAboveTheBoundWhenItWouldBeStored() throws Exception {
            HttpResponse<String> response = server.send(server.post("/api/probe/bills/" + "B".repeat(2000) + "/reversal", CLERK, "{}"));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"billNumber\"").contains("at most 100 characters");
        }

        @Test
        void shouldRefuseAQueryValueAboveTheBound() throws Exception {
            HttpResponse<String> response = server.send(server.get("/api/probe/search?period=" + "2".repeat(5000), CLERK));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"period\"").contains("at most 200 characters");
        }

        @Test
        void shouldRefuseASortFieldThatIsNotAllowedAndNameTheAllowedOnes() throws Exception {
            HttpResponse<String> response = server.send(server.get("/api/probe/pages?sort=$where,desc", CLERK));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"sort\"").contains("createdAt, status");
            assertThat(server.send(server.get("/api/probe/pages?sort=status,desc&size=50", CLERK)).statusCode()).isEqualTo(200);
            assertThat(server.send(server.get("/api/probe/unsortable?sort=createdAt", CLERK)).statusCode()).isEqualTo(400);
        }

        @Test
        void shouldRefuseAPageAboveTheMaximumAndSayTheMaximumInsteadOfCuttingIt() throws Exception {
            HttpResponse<String> response = server.send(server.get("/api/probe/pages?size=100000", CLERK));
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"size\"").contains("1 to 50");
            assertThat(server.send(server.get("/api/probe/unsortable?size=101", CLERK)).body()).contains("1 to 100");
        }

        @Test
        void shouldAnswer413WhenTheDeclaredBodyIsAboveTheLimit() throws Exception {
            HttpResponse<String> response = server.send(server.post("/api/probe/payments", CLERK,
                    "{\"receiptNumber\":\"" + "R".repeat(2000) + "\",\"amount\":1}"));
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("\"type\":\"https://chs-platform.org/problems/payload-too-large\"").contains("1024");
        }

        @Test
        void shouldAnswer413WhenAChunkedBodyPassesTheLimitAndTakeALargerBodyWhereConfigured() throws Exception {
            String chunk = "x".repeat(3000);
            String answer = server.raw("POST /api/probe/payments HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + CLERK
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n0\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 413").contains("payload-too-large");
            HttpResponse<String> larger = server.send(server.post("/api/probe/echo", CLERK, "\"" + "y".repeat(6000) + "\""));
            assertThat(larger.statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class Pages {

        @Test
        void shouldAnswerItemsAndHasNextWithoutATotalWhenTheListIsNotCounted() throws Exception {
            HttpResponse<String> response = server.send(server.get("/api/probe/receipts", CLERK));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).startsWith("{\"items\":[{\"receiptNumber\":\"R-1\"")
                    .endsWith("\"page\":0,\"size\":2,\"hasNext\":true}").doesNotContain("total").doesNotContain("content");
        }

        @Test
        void shouldAnswerTheTotalWhenTheListIsCounted() throws Exception {
            assertThat(server.send(server.get("/api/probe/receipts?counted=true", CLERK)).body())
                    .endsWith("\"page\":0,\"size\":2,\"hasNext\":true,\"total\":3}");
        }

        @Test
        void shouldDescribeEachListWithItsOwnItemTypeInOpenApi() throws Exception {
            JsonNode schemas = JSON.readTree(server.send(server.get("/api/probe/v3/api-docs", null)).body()).path("components").path("schemas");
            assertThat(schemas.path("PageResponseReceipt").path("properties").path("items").path("items").path("$ref").asString())
                    .isEqualTo("#/components/schemas/Receipt");
            assertThat(schemas.path("PageResponsePayment").path("properties").path("items").path("items").path("$ref").asString())
                    .isEqualTo("#/components/schemas/Payment");
            JsonNode page = schemas.path("PageResponseReceipt");
            assertThat(page.path("properties").propertyNames()).containsExactlyInAnyOrder("items", "page", "size", "hasNext", "total");
            assertThat(page.path("required").values()).extracting(JsonNode::asString).doesNotContain("total");
        }
    }

    @Nested
    class OpenApi {

        @Test
        void shouldDescribeTheServiceBehindTheGatewayWithoutInternalParameters() throws Exception {
            String document = server.send(server.get("/api/probe/v3/api-docs", null)).body();
            assertThat(document).contains("\"title\":\"probe-service\"").contains("\"version\":\"v1\"")
                    .contains("A service in miniature").contains("\"url\":\"http://127.0.0.1:8080\"")
                    .doesNotContain("\"name\":\"caller\"").doesNotContain("OpenAPI definition");
            assertThat(document).contains("\"name\":\"Idempotency-Key\"");
        }
    }
}
