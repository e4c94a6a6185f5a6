package org.chs.settlement.handling.siteregistry;

import java.time.Clock;
import java.util.Optional;

import feign.FeignException;

import org.chs.settlement.handling.Authorisation;
import org.chs.settlement.handling.ItemAuthorisations;
import org.chs.settlement.shared.DependencyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Asks site-registry through a circuit breaker with a time limiter, revalidating the cached answer with its ETag. While the
 * registry is unreachable the last known answer is served, marked stale; with none known the caller gets a 503 — never an
 * "allowed" by default.
 */
@Component
class SiteRegistryAuthorisations implements ItemAuthorisations {

    static final String BREAKER = "site-registry";
    private static final Logger log = LoggerFactory.getLogger(SiteRegistryAuthorisations.class);

    private final SiteRegistryClient client;
    private final CircuitBreakerFactory<?, ?> breakers;
    private final AuthorisationCacheRepository cache;
    private final Clock clock;

    SiteRegistryAuthorisations(SiteRegistryClient client, CircuitBreakerFactory<?, ?> breakers, AuthorisationCacheRepository cache,
                               Clock clock) {
        this.client = client;
        // created per call, not here: the factory's customizers (timeouts) may not have run yet while beans are being built
        this.breakers = breakers;
        this.cache = cache;
        this.clock = clock;
    }

    @Override
    public Authorisation authorise(String servicePointId, String itemCode) {
        Optional<AuthorisationCacheEntry> cached = cache.findById(AuthorisationCacheEntry.key(servicePointId, itemCode));
        ResponseEntity<AuthorisationAnswer> response;
        try {
            response = breaker().run(() -> fetch(servicePointId, itemCode, cached.map(AuthorisationCacheEntry::etag).orElse(null)),
                    failure -> {
                        throw new Unreachable(failure);
                    });
        } catch (Unreachable e) {
            if (cached.isPresent()) {
                log.warn("site-registry unreachable; using the answer of {} for {} / {}", cached.get().obtainedAt(), servicePointId, itemCode);
                return cached.get().toAuthorisation(true);
            }
            log.warn("site-registry unreachable and no known answer for {} / {}: {}", servicePointId, itemCode, describe(e.getCause()));
            throw new DependencyUnavailableException("site-registry-service",
                    "The service-item catalogue cannot confirm that " + servicePointId + " may handle " + itemCode + "; retry later",
                    e.getCause());
        }
        if (response == null) {
            return new Authorisation(servicePointId, itemCode, false, "unknown service point", null, false, 0, false, clock.instant(),
                    null);
        }
        if (response.getStatusCode().value() == 304 && cached.isPresent()) {
            return cached.get().toAuthorisation(false);
        }
        AuthorisationAnswer body = response.getBody();
        AuthorisationCacheEntry entry = new AuthorisationCacheEntry(body, servicePointId, itemCode,
                response.getHeaders().getFirst(HttpHeaders.ETAG), clock.instant());
        cache.save(entry);
        return entry.toAuthorisation(false);
    }

    /** The registry's response; {@code null} for an unknown service point (404, an answer, not an outage). */
    private ResponseEntity<AuthorisationAnswer> fetch(String servicePointId, String itemCode, String etag) {
        try {
            ResponseEntity<AuthorisationAnswer> response = client.authorisation(servicePointId, itemCode, etag);
            if (response.getStatusCode().value() != 304 && (response.getBody() == null || response.getBody().allowed() == null)) {
                throw new IllegalStateException("site-registry answered without 'allowed'");
            }
            return response;
        } catch (FeignException.NotFound e) {
            return null;
        } catch (FeignException e) {
            if (e.status() == 304) {
                // Feign treats every non-2xx as an error; a 304 confirms the cached answer
                return ResponseEntity.status(304).build();
            }
            throw e;
        }
    }

    private static String describe(Throwable failure) {
        return failure == null ? "unknown" : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private CircuitBreaker breaker() {
        return breakers.create(BREAKER);
    }

    private static final class Unreachable extends RuntimeException {
        Unreachable(Throwable cause) {
            super(cause);
        }
    }
}
