package org.chs.enrollment.handling.siteregistry;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import feign.FeignException;

import org.chs.enrollment.handling.Authorisation;
import org.chs.enrollment.handling.AuthorisationSource;
import org.chs.enrollment.handling.AuthorisationUnavailableException;
import org.chs.enrollment.handling.ItemAuthorisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Asks site-registry through a circuit breaker with a time limiter, revalidating the cached answer with its ETag. While the
 * registry is unreachable (error, timeout, open breaker) the last known answer is served, marked {@code CACHE}/stale; with no
 * known answer the caller gets {@link AuthorisationUnavailableException} (503) — never an "allowed" by default. Answers sent
 * with {@code Cache-Control: no-store} (the registry's refusals because a point is suspended or closed) are not kept, and
 * replace any older answer.
 */
@Component
class SiteRegistryAuthorisations implements ItemAuthorisations {

    static final String BREAKER = "site-registry";
    private static final Logger log = LoggerFactory.getLogger(SiteRegistryAuthorisations.class);

    private final SiteRegistryClient client;
    private final CircuitBreaker breaker;
    private final AuthorisationCacheRepository cache;
    private final Clock clock;

    SiteRegistryAuthorisations(SiteRegistryClient client, CircuitBreakerFactory<?, ?> breakers, AuthorisationCacheRepository cache,
                               Clock clock) {
        this.client = client;
        this.breaker = breakers.create(BREAKER);
        this.cache = cache;
        this.clock = clock;
    }

    /** What one call to the registry produced; only transport failures and server errors are exceptions (and trip the breaker). */
    private sealed interface Fetched {
        /** {@code cacheable} is false for {@code Cache-Control: no-store}: a refusal because the point is suspended or closed. */
        record Answer(AuthorisationAnswer body, String etag, boolean cacheable) implements Fetched {
        }

        record NotModified() implements Fetched {
        }

        record UnknownServicePoint() implements Fetched {
        }
    }

    @Override
    public Authorisation authorise(String servicePointId, String itemCode) {
        Optional<AuthorisationCacheEntry> cached = cache.findById(AuthorisationCacheEntry.key(servicePointId, itemCode));
        Fetched fetched;
        try {
            fetched = breaker.run(() -> fetch(servicePointId, itemCode, cached.map(AuthorisationCacheEntry::etag).orElse(null)),
                    failure -> {
                        throw new RegistryUnreachable(failure);
                    });
        } catch (RegistryUnreachable e) {
            if (cached.isPresent()) {
                log.warn("site-registry unreachable ({}); using the answer of {} for {} / {}", describe(e.getCause()),
                        cached.get().obtainedAt(), servicePointId, itemCode);
                return cached.get().toAuthorisation(AuthorisationSource.CACHE, true, cached.get().obtainedAt());
            }
            log.warn("site-registry unreachable ({}) and no known answer for {} / {}", describe(e.getCause()), servicePointId, itemCode);
            throw new AuthorisationUnavailableException(servicePointId, itemCode, e.getCause());
        }
        Instant now = clock.instant();
        if (fetched instanceof Fetched.NotModified && cached.isPresent()) {
            return cached.get().toAuthorisation(AuthorisationSource.LIVE, false, now);
        }
        if (fetched instanceof Fetched.Answer answer) {
            AuthorisationAnswer body = answer.body();
            AuthorisationCacheEntry entry = new AuthorisationCacheEntry(servicePointId, itemCode, Boolean.TRUE.equals(body.allowed()),
                    body.reason(), body.itemName(), Boolean.TRUE.equals(body.instant()), body.servicePointName(),
                    body.catalogueVersion() == null ? 0 : body.catalogueVersion(), answer.etag(), now);
            if (answer.cacheable()) {
                cache.save(entry);
            } else if (cached.isPresent()) {
                // The registry says this answer must not be kept; an older one must not outlive it either (say, during an outage).
                cache.deleteById(AuthorisationCacheEntry.key(servicePointId, itemCode));
            }
            return entry.toAuthorisation(AuthorisationSource.LIVE, false, now);
        }
        // An unknown point may handle nothing; a 304 without a cached answer cannot happen unless the cache was wiped meanwhile.
        return new Authorisation(servicePointId, itemCode, false,
                fetched instanceof Fetched.UnknownServicePoint ? "unknown service point" : "no answer from the catalogue",
                null, false, 0, AuthorisationSource.LIVE, false, now, null);
    }

    private Fetched fetch(String servicePointId, String itemCode, String etag) {
        try {
            ResponseEntity<AuthorisationAnswer> response = client.authorisation(servicePointId, itemCode, etag);
            if (response.getStatusCode().value() == 304) {
                return new Fetched.NotModified();
            }
            if (response.getBody() == null || response.getBody().allowed() == null) {
                throw new IllegalStateException("site-registry answered without 'allowed'");
            }
            String cacheControl = response.getHeaders().getCacheControl();
            boolean cacheable = cacheControl == null || !cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-store");
            return new Fetched.Answer(response.getBody(), response.getHeaders().getFirst(HttpHeaders.ETAG), cacheable);
        } catch (FeignException e) {
            if (e.status() == 304) {
                return new Fetched.NotModified();
            }
            if (e.status() == 404) {
                return new Fetched.UnknownServicePoint();
            }
            throw e;
        }
    }

    private static String describe(Throwable failure) {
        return failure == null ? "unknown" : failure.getClass().getSimpleName();
    }

    /** Marks a failed or refused call inside the breaker's fallback, so it is told apart from bugs in this class. */
    private static final class RegistryUnreachable extends RuntimeException {
        RegistryUnreachable(Throwable cause) {
            super(cause);
        }
    }
}
