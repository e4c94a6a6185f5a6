package org.chs.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.chs.testsupport.jwt.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every request the gateway refuses before routing is a problem detail with a type and a trace id: Spring Security's
 * firewall (encoded {@code /}, {@code ;}, {@code %00}), Netty's decoder limits (414, 431) and the body-size limits (413).
 * Raw sockets, so that nothing between the test and the gateway normalises the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "chs.gateway.limits.max-body-size=4KB", "chs.gateway.limits.body-size-limits[0].path=/api/settlement/catalogues/*/imports",
        "chs.gateway.limits.body-size-limits[0].max-size=64KB"})
class RequestLimitsIT {

    private static final TestTokens tokens = TestTokens.shared();
    private static final WireMockServer services = Backends.wireMock();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        Backends.allAtWireMock(registry);
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void resetServices() {
        services.resetAll();
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertProblem(String answer, int status, String type) {
        assertThat(answer).startsWith("HTTP/1.1 " + status);
        assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer).contains("\"type\":\"https://chs-platform.org/problems/" + type + "\"").contains("\"traceId\":\"");
    }

    @Nested
    class Firewall {

        @ParameterizedTest
        @ValueSource(strings = {"/api/enrollment/persons%2F..%2Fadmin", "/api/enrollment/persons;jsessionid=1", "/api/enrollment/persons%00"})
        void shouldAnswerA400ProblemWhenTheFirewallRefusesThePath(String path) throws IOException {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: req-firewall-1\r\nConnection: close\r\n\r\n");

            assertProblem(answer, 400, "malformed-request");
            assertThat(answer).contains("\"traceId\":\"req-firewall-1\"");
        }
    }

    @Nested
    class DecoderLimits {

        @Test
        void shouldAnswer414ProblemWhenTheRequestLineIsTooLong() throws IOException {
            String answer = raw("GET /api/enrollment/persons?q=" + "x".repeat(9000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n");

            assertProblem(answer, 414, "uri-too-long");
        }

        @Test
        void shouldAnswer431ProblemWhenTheHeadersAreTooLarge() throws IOException {
            String answer = raw("GET /api/enrollment/persons HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: req-headers-1\r\nX-Padding: "
                    + "p".repeat(9000) + "\r\nConnection: close\r\n\r\n");

            assertProblem(answer, 431, "headers-too-large");
        }
    }

    @Nested
    class BodySize {

        @Test
        void shouldAnswer413ProblemWhenTheDeclaredBodyIsAboveTheLimit() throws IOException {
            String body = "{\"x\":\"" + "y".repeat(5000) + "\"}";
            String answer = raw("POST /api/enrollment/persons HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + tokens.user("admin", "agency-admin") + "\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body);

            assertProblem(answer, 413, "payload-too-large");
            assertThat(answer).contains("\"maxBytes\":4096");
            services.verify(0, postRequestedFor(urlPathEqualTo("/api/enrollment/persons")));
        }

        @Test
        void shouldPassALargerBodyOnWhenTheRouteTakesOne() throws IOException {
            services.stubFor(post("/api/settlement/catalogues/330127/imports").willReturn(okJson("{\"imported\":1}")));
            String body = "code,name\n" + "A1,x\n".repeat(2000);
            String answer = raw("POST /api/settlement/catalogues/330127/imports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/csv\r\n"
                    + "Authorization: Bearer " + tokens.user("admin", "agency-admin") + "\r\nContent-Length: " + body.length()
                    + "\r\nConnection: close\r\n\r\n" + body);

            assertThat(answer).startsWith("HTTP/1.1 200");
        }
    }

    @Nested
    class PersonalData {

        @Test
        void shouldMaskAResidentIdNumberInTheInstanceOfAProblem() throws IOException {
            String answer = raw("GET /api/enrollment/persons/330127199003072118 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

            assertThat(answer).startsWith("HTTP/1.1 401").doesNotContain("330127199003072118").contains("330127********2118");
        }
    }
}
