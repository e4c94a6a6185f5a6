package org.chs.platform.handling.siteregistry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.bson.Document;
import org.chs.platform.handling.Authorisation;
import org.chs.platform.handling.AuthorisationSource;
import org.chs.platform.handling.AuthorisationUnavailableException;
import org.chs.platform.handling.HandlingDesk;
import org.chs.platform.handling.ItemAuthorisations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The kit as a service gets it: auto-configured Feign client, breaker, time limit and MongoDB cache, against WireMock standing
 * in for site-registry and an in-memory MongoDB.
 */
@SpringBootTest(classes = SiteRegistryClientTest.Service.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SiteRegistryClientTest {

    private static final WireMockServer REGISTRY = start();
    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final String POINT = "sp-fenkou-township";
    private static final String PATH = "/api/registry/service-points/" + POINT + "/authorisations/ENR-02";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Service {
    }

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-site-registry-stop"));
        return server;
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("chs.site-registry.url", REGISTRY::baseUrl);
        // above Resilience4j's 1 s default, so that a slow but timely answer proves the configured limit is in force
        registry.add("chs.site-registry.timeout", () -> "3s");
        registry.add("chs.site-registry.minimum-calls", () -> "4");
        registry.add("chs.site-registry.open-for", () -> "1m");
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO_ADDRESS.getPort() + "/handling");
    }

    @Autowired
    ItemAuthorisations authorisations;
    @Autowired
    HandlingDesk desk;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Resilience4JCircuitBreakerFactory breakers;

    @BeforeEach
    void reset() {
        REGISTRY.resetAll();
        mongo.remove(new Query(), MongoAuthorisationCache.COLLECTION);
        breakers.getCircuitBreakerRegistry().find(SiteRegistryAuthorisations.BREAKER).ifPresent(CircuitBreaker::reset);
        Jwt jwt = Jwt.withTokenValue("clerk-token").header("alg", "none").subject("clerk-township").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60)).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void answers(boolean allowed, int version) {
        REGISTRY.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(("{\"servicePointId\":\"%s\",\"itemCode\":\"ENR-02\",\"allowed\":%s,"
                + "\"catalogueVersion\":%d,\"itemName\":\"城乡居民参保登记\",\"instant\":true,\"servicePointName\":\"汾口镇便民服务中心医保服务点\"}")
                .formatted(POINT, allowed, version)).withHeader("ETag", "\"v" + version + "\"")));
    }

    @Nested
    class Calls {

        @Test
        void shouldAskWithTheCallersOwnTokenAndKeepTheAnswerInMongo() {
            answers(true, 4);

            Authorisation answer = authorisations.authorise(POINT, "ENR-02");

            assertThat(answer.allowed()).isTrue();
            assertThat(answer.servicePointName()).isEqualTo("汾口镇便民服务中心医保服务点");
            REGISTRY.verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer clerk-token")));
            Document kept = mongo.getCollection(MongoAuthorisationCache.COLLECTION).find().first();
            assertThat(kept).isNotNull();
            assertThat(kept.get("_id")).isEqualTo(POINT + "|ENR-02");
            assertThat(kept.get("etag")).isEqualTo("\"v4\"");
        }

        @Test
        void shouldWaitForTheConfiguredTimeLimitWhenTheRegistryIsSlowButInTime() {
            REGISTRY.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"allowed\":true,\"catalogueVersion\":2}").withFixedDelay(1_300)));

            assertThat(authorisations.authorise(POINT, "ENR-02").allowed()).isTrue();
        }

        @Test
        void shouldBeUnavailableWhenTheRegistryIsTooSlow() {
            REGISTRY.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"allowed\":true,\"catalogueVersion\":2}").withFixedDelay(4_500)));

            assertThatThrownBy(() -> authorisations.authorise(POINT, "ENR-02")).isInstanceOf(AuthorisationUnavailableException.class);
        }
    }

    @Nested
    class Outages {

        @Test
        void shouldServeAnAnswerKeptBeforeThisKitMarkedStaleWhenTheRegistryIsDown() {
            // as enrollment stored it: its own class name, which no longer exists
            mongo.getCollection(MongoAuthorisationCache.COLLECTION).insertOne(new Document(Map.of("_id", POINT + "|ENR-02",
                    "servicePointId", POINT, "itemCode", "ENR-02", "allowed", true, "catalogueVersion", 6, "etag", "\"v6\"",
                    "instant", true, "obtainedAt", java.util.Date.from(Instant.parse("2026-05-14T01:00:00Z")),
                    "_class", "org.chs.enrollment.handling.siteregistry.AuthorisationCacheEntry")));
            REGISTRY.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

            Authorisation answer = authorisations.authorise(POINT, "ENR-02");

            assertThat(answer.allowed()).isTrue();
            assertThat(answer.source()).isEqualTo(AuthorisationSource.CACHE);
            assertThat(answer.stale()).isTrue();
            assertThat(answer.catalogueVersion()).isEqualTo(6);
            assertThat(answer.obtainedAt()).isEqualTo(Instant.parse("2026-05-14T01:00:00Z"));
        }

        @Test
        void shouldNotCountTheRegistrysRefusalsAgainstTheBreaker() {
            REGISTRY.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(403)
                    .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":403}")));
            for (int i = 0; i < 8; i++) {
                assertThat(authorisations.authorise(POINT, "ENR-02").allowed()).isFalse();
            }

            assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker(SiteRegistryAuthorisations.BREAKER).getState())
                    .isEqualTo(CircuitBreaker.State.CLOSED);
            REGISTRY.verify(8, getRequestedFor(urlPathEqualTo(PATH)));
        }

        @Test
        void shouldOpenTheBreakerOnServerErrorsWithTheConfiguredMinimum() {
            REGISTRY.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(500)));
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> authorisations.authorise(POINT, "ENR-02")).isInstanceOf(AuthorisationUnavailableException.class);
            }

            assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker(SiteRegistryAuthorisations.BREAKER).getState())
                    .isEqualTo(CircuitBreaker.State.OPEN);
        }
    }

    @Test
    void shouldOfferTheDeskOverTheRegistry() {
        answers(false, 3);

        assertThatThrownBy(() -> desk.open(org.chs.platform.handling.HandlingRequest.at("ENR-02",
                new org.chs.platform.handling.Operator("bank-rcb", "bank-rcb", org.chs.platform.handling.OperatorKind.BANK,
                        java.util.Optional.of(POINT)), null, null)))
                .isInstanceOf(org.chs.platform.handling.ItemNotAuthorisedException.class);
    }
}
