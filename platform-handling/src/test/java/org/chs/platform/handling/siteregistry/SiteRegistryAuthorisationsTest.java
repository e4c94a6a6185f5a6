package org.chs.platform.handling.siteregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import feign.FeignException;
import feign.Request;
import feign.Response;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;

import org.chs.platform.handling.Authorisation;
import org.chs.platform.handling.AuthorisationSource;
import org.chs.platform.handling.AuthorisationUnavailableException;
import org.chs.platform.handling.servicecall.CallLimits;
import org.chs.platform.handling.servicecall.ServiceCallBreakers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The catalogue client's decisions — cache, staleness, refusals, breaker — over a scripted registry and an in-memory cache. */
class SiteRegistryAuthorisationsTest {

    private static final Instant NOW = Instant.parse("2026-05-15T02:30:00Z");
    private static final String POINT = "sp-fenkou-township";
    private static final String ITEM = "ENR-02";

    private final ScriptedRegistry registry = new ScriptedRegistry();
    private final MemoryCache cache = new MemoryCache();
    private final Resilience4JCircuitBreakerFactory breakers = new Resilience4JCircuitBreakerFactory(CircuitBreakerRegistry.ofDefaults(),
            TimeLimiterRegistry.ofDefaults(), null);
    private final SiteRegistryAuthorisations authorisations = new SiteRegistryAuthorisations(registry, breakers, cache,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void breaker() {
        ServiceCallBreakers.customizer(SiteRegistryAuthorisations.BREAKER, new CallLimits(Duration.ofSeconds(3), 50, 4,
                Duration.ofMinutes(1))).customize(breakers);
    }

    private CircuitBreaker.State breakerState() {
        return breakers.getCircuitBreakerRegistry().circuitBreaker(SiteRegistryAuthorisations.BREAKER).getState();
    }

    @Nested
    class WhenTheRegistryAnswers {

        @Test
        void shouldAnswerLiveWithTheNamesAndKeepTheAnswerWithItsETag() {
            registry.answers(allowed(4), "\"v4\"", null);

            Authorisation answer = authorisations.authorise(POINT, ITEM);

            assertThat(answer.allowed()).isTrue();
            assertThat(answer.source()).isEqualTo(AuthorisationSource.LIVE);
            assertThat(answer.stale()).isFalse();
            assertThat(answer.catalogueVersion()).isEqualTo(4);
            assertThat(answer.itemName()).isEqualTo("城乡居民参保登记");
            assertThat(answer.servicePointName()).isEqualTo("汾口镇便民服务中心医保服务点");
            assertThat(cache.find(POINT, ITEM)).hasValueSatisfying(entry -> assertThat(entry.etag()).isEqualTo("\"v4\""));
        }

        @Test
        void shouldRevalidateWithTheETagAndAnswerLiveWhenNotModified() {
            registry.answers(allowed(5), "\"v5\"", null);
            authorisations.authorise(POINT, ITEM);
            registry.fails(304);

            Authorisation answer = authorisations.authorise(POINT, ITEM);

            assertThat(registry.etags).containsExactly(null, "\"v5\"");
            assertThat(answer.source()).isEqualTo(AuthorisationSource.LIVE);
            assertThat(answer.catalogueVersion()).isEqualTo(5);
        }

        @Test
        void shouldForgetTheKnownAnswerWhenTheRegistrySaysNoStore() {
            registry.answers(allowed(6), "\"v6\"", null);
            authorisations.authorise(POINT, ITEM);
            registry.answers(new AuthorisationAnswer(POINT, ITEM, false, "service point is SUSPENDED", 6, null, null, null), "\"v6\"",
                    "no-store");

            assertThat(authorisations.authorise(POINT, ITEM).allowed()).isFalse();
            assertThat(cache.find(POINT, ITEM)).isEmpty();
            registry.fails(-1);
            assertThatThrownBy(() -> authorisations.authorise(POINT, ITEM)).isInstanceOf(AuthorisationUnavailableException.class);
        }

        @Test
        void shouldRefuseAsAnUnknownPointWhenTheRegistrySays404() {
            registry.fails(404);

            Authorisation answer = authorisations.authorise(POINT, ITEM);

            assertThat(answer.allowed()).isFalse();
            assertThat(answer.reason()).isEqualTo("unknown service point");
            assertThat(answer.source()).isEqualTo(AuthorisationSource.LIVE);
        }
    }

    @Nested
    class WhenTheRegistryRefusesTheQuestion {

        @Test
        void shouldRefuseAndNeverServeTheCachedAnswerWhenTheRegistryAnswers403() {
            registry.answers(allowed(7), "\"v7\"", null);
            authorisations.authorise(POINT, ITEM);
            registry.fails(403);

            Authorisation answer = authorisations.authorise(POINT, ITEM);

            assertThat(answer.allowed()).isFalse();
            assertThat(answer.reason()).contains("403");
            assertThat(answer.stale()).isFalse();
            assertThat(cache.find(POINT, ITEM)).as("a refusal of the caller's token says nothing about the point").isPresent();
        }

        @Test
        void shouldNotOpenTheBreakerHoweverMany4xxTheRegistryAnswers() {
            registry.fails(400);
            for (int i = 0; i < 12; i++) {
                assertThat(authorisations.authorise(POINT, ITEM).allowed()).isFalse();
            }

            assertThat(breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
            assertThat(registry.calls).isEqualTo(12);
        }
    }

    @Nested
    class WhenTheRegistryCannotAnswer {

        @Test
        void shouldServeTheLastKnownAnswerMarkedStaleWhenTheRegistryFails() {
            registry.answers(allowed(8), "\"v8\"", null);
            authorisations.authorise(POINT, ITEM);
            registry.fails(503);

            Authorisation answer = authorisations.authorise(POINT, ITEM);

            assertThat(answer.allowed()).isTrue();
            assertThat(answer.source()).isEqualTo(AuthorisationSource.CACHE);
            assertThat(answer.stale()).isTrue();
            assertThat(answer.obtainedAt()).isEqualTo(NOW);
        }

        @Test
        void shouldBeUnavailableNamingTheDependencyWhenNothingIsKnown() {
            registry.fails(-1);

            assertThatThrownBy(() -> authorisations.authorise(POINT, ITEM))
                    .isInstanceOfSatisfying(AuthorisationUnavailableException.class, e -> {
                        assertThat(e.dependency()).isEqualTo("site-registry-service");
                        assertThat(e.servicePointId()).isEqualTo(POINT);
                        assertThat(e.itemCode()).isEqualTo(ITEM);
                    });
        }

        @Test
        void shouldCount429AsAFailureToAnswer() {
            registry.fails(429);

            assertThatThrownBy(() -> authorisations.authorise(POINT, ITEM)).isInstanceOf(AuthorisationUnavailableException.class);
        }

        @Test
        void shouldStopCallingAndServeTheCacheWhenTheBreakerIsOpen() {
            registry.answers(allowed(9), "\"v9\"", null);
            authorisations.authorise(POINT, ITEM);
            registry.fails(500);
            for (int i = 0; i < 4; i++) {
                authorisations.authorise(POINT, ITEM);
            }
            assertThat(breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
            int calls = registry.calls;

            Authorisation answer = authorisations.authorise(POINT, ITEM);

            assertThat(answer.source()).isEqualTo(AuthorisationSource.CACHE);
            assertThat(registry.calls).isEqualTo(calls);
        }

        @Test
        void shouldNeverAllowByDefaultWhenTheAnswerLacksAllowed() {
            registry.answers(new AuthorisationAnswer(POINT, ITEM, null, null, 1, null, null, null), null, null);

            assertThatThrownBy(() -> authorisations.authorise(POINT, ITEM)).isInstanceOf(AuthorisationUnavailableException.class);
        }
    }

    private static AuthorisationAnswer allowed(int version) {
        return new AuthorisationAnswer(POINT, ITEM, true, null, version, "城乡居民参保登记", true, "汾口镇便民服务中心医保服务点");
    }

    /** site-registry as a script: the next answer or failure, and what it was asked. */
    private static final class ScriptedRegistry implements SiteRegistryClient {

        private AuthorisationAnswer body;
        private String etag;
        private String cacheControl;
        private int failure;
        private int calls;
        private final List<String> etags = new ArrayList<>();

        void answers(AuthorisationAnswer body, String etag, String cacheControl) {
            this.body = body;
            this.etag = etag;
            this.cacheControl = cacheControl;
            this.failure = 0;
        }

        /** The next calls fail with this status; {@code -1} is a dropped connection. */
        void fails(int status) {
            this.failure = status;
        }

        @Override
        public ResponseEntity<AuthorisationAnswer> authorisation(String servicePointId, String itemCode, String ifNoneMatch) {
            calls++;
            etags.add(ifNoneMatch);
            Request request = Request.create(Request.HttpMethod.GET, "/api/registry/service-points/" + servicePointId + "/authorisations/"
                    + itemCode, Map.of(), null, StandardCharsets.UTF_8, null);
            if (failure == -1) {
                throw new feign.RetryableException(-1, "Connection reset", Request.HttpMethod.GET, (Long) null, request);
            }
            if (failure != 0) {
                throw FeignException.errorStatus("SiteRegistryClient#authorisation", Response.builder().status(failure).reason("scripted")
                        .request(request).headers(Map.of()).build());
            }
            ResponseEntity.BodyBuilder response = ResponseEntity.ok();
            if (etag != null) {
                response.header(HttpHeaders.ETAG, etag);
            }
            if (cacheControl != null) {
                response.header(HttpHeaders.CACHE_CONTROL, cacheControl);
            }
            return response.body(body);
        }
    }

    private static final class MemoryCache implements AuthorisationCache {

        private final Map<String, CachedAuthorisation> entries = new HashMap<>();

        @Override
        public Optional<CachedAuthorisation> find(String servicePointId, String itemCode) {
            return Optional.ofNullable(entries.get(CachedAuthorisation.key(servicePointId, itemCode)));
        }

        @Override
        public void keep(CachedAuthorisation answer) {
            entries.put(answer.id(), answer);
        }

        @Override
        public void forget(String servicePointId, String itemCode) {
            entries.remove(CachedAuthorisation.key(servicePointId, itemCode));
        }
    }
}
