package org.chs.gateway.console;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway serving the console module's real build (the console jar on the classpath), configured the way an
 * environment configures it: by {@code KEYCLOAK_ISSUER_URI} alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "KEYCLOAK_ISSUER_URI=" + ConsoleIT.ISSUER,
        // One token a year: were the console charged to the rate limiter, the second file would be refused.
        "chs.gateway.rate-limit.default-capacity=1",
        "chs.gateway.rate-limit.default-refill-tokens=1",
        "chs.gateway.rate-limit.default-refill-period=365d"
})
@AutoConfigureWebTestClient
@ExtendWith(OutputCaptureExtension.class)
class ConsoleIT {

    static final String ISSUER = "https://login.chs.example:8443/realms/chs";
    static final String KEYCLOAK_ORIGIN = "https://login.chs.example:8443";
    private static final Pattern SCRIPT = Pattern.compile("src=\"(/console/assets/[^\"]+\\.js)\"");

    private static String indexHtml;
    private static String script;

    @Autowired
    WebTestClient client;

    @LocalServerPort
    int port;

    @BeforeAll
    static void readTheBuiltConsole() throws IOException {
        ClassPathResource index = new ClassPathResource(ConsoleRoutes.FILES + "index.html");
        assertThat(index.exists()).as("the console jar (module console) must be on the gateway's classpath").isTrue();
        try (InputStream in = index.getInputStream()) {
            indexHtml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher entry = SCRIPT.matcher(indexHtml);
        assertThat(entry.find()).as("index.html names its entry script under /console/assets/").isTrue();
        script = entry.group(1);
    }

    private WebTestClient bigBodies() {
        return client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)).build();
    }

    private static void expectConsoleHeaders(HttpHeaders headers) {
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo(
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
                        + "font-src 'self' data:; connect-src 'self' " + KEYCLOAK_ORIGIN + "; frame-src " + KEYCLOAK_ORIGIN
                        + "; form-action 'self' " + KEYCLOAK_ORIGIN + "; frame-ancestors 'none'; base-uri 'self'; "
                        + "object-src 'none'");
        assertThat(headers.get("Content-Security-Policy")).hasSize(1);
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.get("Referrer-Policy")).containsExactly("same-origin");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("X-Request-Id")).isNotBlank();
    }

    private void expectIndex(WebTestClient.ResponseSpec response) {
        response.expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, must-revalidate")
                .expectHeader().doesNotExist("X-RateLimit-Remaining")
                .expectHeader().values(HttpHeaders.CACHE_CONTROL, values -> assertThat(values).hasSize(1))
                .expectBody(String.class).value(body -> assertThat(body).isEqualTo(indexHtml))
                .consumeWith(result -> expectConsoleHeaders(result.getResponseHeaders()));
    }

    @Nested
    class Pages {

        @Test
        void shouldRedirectToTheConsoleRootWhenCalledWithoutTrailingSlash() {
            client.get().uri("/console").exchange()
                    .expectStatus().isEqualTo(301)
                    .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/")
                    .expectBody().consumeWith(result -> expectConsoleHeaders(result.getResponseHeaders()));
        }

        @Test
        void shouldKeepTheQueryWhenRedirectingToTheConsoleRoot() {
            client.get().uri("/console?h=H-1&t=tok").exchange()
                    .expectStatus().isEqualTo(301)
                    .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/?h=H-1&t=tok");
        }

        @Test
        void shouldServeIndexUncachedWhenTheConsoleRootIsOpened() {
            expectIndex(client.get().uri("/console/").exchange());
            expectIndex(client.get().uri("/console/index.html").exchange());
        }

        @ParameterizedTest
        @ValueSource(strings = {"/console/desk", "/console/desk/persons/123", "/console/review?h=H-20260101-1&t=abc.def",
                "/console/evaluations/ev-1/findings/"})
        void shouldServeIndexWhenAClientSideRouteIsOpened(String path) {
            expectIndex(client.get().uri(path).exchange());
        }

        @Test
        void shouldAnswerHeadLikeGetWithoutBodyWhenAClientSideRouteIsProbed() {
            client.head().uri("/console/desk/persons/123").exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, must-revalidate")
                    .expectBody().isEmpty();
        }
    }

    @Nested
    class Files {

        @Test
        void shouldCacheHashedAssetsForAYearWhenServed() {
            bigBodies().get().uri(script).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentType("text/javascript;charset=UTF-8")
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable")
                    .expectHeader().valueEquals(HttpHeaders.VARY, "Accept-Encoding")
                    .expectHeader().doesNotExist("X-RateLimit-Remaining")
                    .expectBody(byte[].class).consumeWith(result -> {
                        expectConsoleHeaders(result.getResponseHeaders());
                        assertThat(result.getResponseBody()).isNotEmpty();
                    });
        }

        @Test
        void shouldGzipScriptsWhenTheBrowserAcceptsIt() throws Exception {
            // The JDK client sends Accept-Encoding as given and does not decompress (Reactor Netty's client drops the
            // header unless its own compression is on).
            HttpClient http = HttpClient.newHttpClient();
            URI uri = URI.create("http://127.0.0.1:" + port + script);
            HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofByteArray());
            HttpResponse<byte[]> gzipped = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                    BodyHandlers.ofByteArray());

            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(gzipped.statusCode()).isEqualTo(200);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
            assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
        }

        @Test
        void shouldRevalidateUnhashedFilesWhenServed() {
            client.get().uri("/console/favicon.svg").exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith("image/svg+xml")
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/console/assets/nope.js", "/console/assets/index-00000000.css", "/console/nope.png"})
        void shouldAnswer404ProblemNotIndexWhenAFileIsMissing(String path) {
            client.get().uri(path).header("X-Request-Id", "req-missing").exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .consumeWith(result -> expectConsoleHeaders(result.getResponseHeaders()))
                    .jsonPath("$.type").isEqualTo("https://chs-platform.org/problems/not-found")
                    .jsonPath("$.status").isEqualTo(404)
                    .jsonPath("$.instance").isEqualTo(path)
                    .jsonPath("$.traceId").isEqualTo("req-missing");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/console/..%2Fapplication.yml", "/console/%2e%2e/%2e%2e/application.yml",
                "/console/assets/..%2F..%2F..%2Fapplication.yml", "/console/assets/%2e%2e/%2e%2e/%2e%2e/application.yml"})
        void shouldServeNothingOutsideTheConsoleWhenThePathClimbsOut(String path) {
            // A full URI, so that the client sends the encoded dots and slashes as they are. Spring Security's
            // firewall refuses most such paths with 400 before they reach the console; the rest find no file.
            client.get().uri(URI.create("http://127.0.0.1:" + port + path)).exchange()
                    .expectStatus().value(status -> assertThat(status).isIn(400, 404))
                    .expectBody(String.class).value(body -> assertThat(String.valueOf(body)).doesNotContain("spring:"));
        }

        @Test
        void shouldWriteOneAccessLineWhenAFileIsServed(CapturedOutput output) throws InterruptedException {
            client.get().uri("/console/favicon.svg").header("X-Request-Id", "req-favicon").exchange()
                    .expectStatus().isOk();

            // The line is written when the exchange completes, which may be just after the client has the answer.
            Pattern line = Pattern.compile("GET /console/favicon.svg 200 \\d+ms client=- requestId=req-favicon");
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!line.matcher(output.getOut()).find() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(output.getOut()).containsPattern(line);
        }
    }

    @Nested
    class Configuration {

        @Test
        void shouldTellTheConsoleTheGatewaysIssuerAndItsClientWhenConfigIsRead() {
            client.get().uri("/console/config.json").exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, must-revalidate")
                    .expectBody()
                    .consumeWith(result -> expectConsoleHeaders(result.getResponseHeaders()))
                    .json("{\"authority\":\"" + ISSUER + "\",\"clientId\":\"chs-console\"}", JsonCompareMode.STRICT);
        }
    }

    @Nested
    class Access {

        @Test
        void shouldServeTheConsoleWhenNoTokenIsSent() {
            client.get().uri("/console/").exchange().expectStatus().isOk();
            client.get().uri("/console/config.json").exchange().expectStatus().isOk();
        }

        @Test
        void shouldServeTheConsoleWhenTheBrowserSendsAnInvalidToken() {
            client.get().uri("/console/desk").headers(h -> h.setBearerAuth("not-a-jwt")).exchange()
                    .expectStatus().isOk();
        }

        @Test
        void shouldStillRequireATokenWhenAPathOnlyStartsLikeTheConsole() {
            client.get().uri("/consoles").exchange().expectStatus().isUnauthorized();
            client.get().uri("/api/enrollment/persons").exchange().expectStatus().isUnauthorized();
        }

        @Test
        void shouldAnswerAProblemWhenTheConsoleIsWrittenTo() {
            client.post().uri("/console/desk").contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                    .expectStatus().value(status -> assertThat(status).isIn(404, 405))
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
