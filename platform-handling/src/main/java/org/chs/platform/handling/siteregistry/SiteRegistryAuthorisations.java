package org.chs.platform.handling.siteregistry;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import feign.FeignException;

import org.chs.platform.handling.Authorisation;
import org.chs.platform.handling.AuthorisationSource;
import org.chs.platform.handling.AuthorisationUnavailableException;
import org.chs.platform.handling.ItemAuthorisations;
import org.chs.platform.handling.servicecall.ServiceCallBreakers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Asks site-registry through a circuit breaker with a time limiter, revalidating the cached answer with its ETag.
 *
 * <ul>
 *   <li>While the registry cannot answer (connection failure, 5xx, 408/429, timeout, open breaker) the last known answer is
 *       served, marked {@code CACHE}/stale; with no known answer the caller gets {@link AuthorisationUnavailableException} (503
 *       naming site-registry) — never an "allowed" by default.</li>
 *   <li>A 4xx is the registry's answer, not an outage: it does not count against the breaker and is never replaced by a
 *       cached answer. 404 means an unknown point, which may handle nothing; any other 4xx (say, the registry refused the
 *       caller's token) is a refusal too.</li>
 *   <li>Answers sent with {@code Cache-Control: no-store} (the registry's refusals because a point is suspended or closed)
 *       are not kept, and replace any older answer.</li>
 * </ul>
 */
public class SiteRegistryAuthorisations implements ItemAuthorisations {

    /** The breaker's (and time limiter's) id. */
    public static final String BREAKER = "site-registry";
    private static final Logger log = LoggerFactory.getLogger(SiteRegistryAuthorisations.class);

    private final SiteRegistryClient client;
    private final CircuitBreakerFactory<?, ?> breakers;
    private final AuthorisationCache cache;
    private final Clock clock;

    public SiteRegistryAuthorisations(SiteRegistryClient client, CircuitBreakerFactory<?, ?> breakers, AuthorisationCache cache,
                                      Clock clock) {
        this.client = client;
        // the breaker is created at each call, see ServiceCallBreakers
        this.breakers = breakers;
        this.cache = cache;
        this.clock = clock;
    }

    /** What one call to the registry produced; only failures to answer are exceptions (and trip the breaker). */
    private sealed interface Fetched {
        /** {@code cacheable} is false for {@code Cache-Control: no-store}: a refusal because the point is suspended or closed. */
        record Answer(AuthorisationAnswer body, String etag, boolean cacheable) implements Fetched {
        }

        record NotModified() implements Fetched {
        }

        /** A 4xx: {@code 404} for an unknown point, anything else a refusal of the question. */
        record Refused(int status) implements Fetched {
        }
    }

    @Override
    public Authorisation authorise(String servicePointId, String itemCode) {
        Optional<CachedAuthorisation> cached = cache.find(servicePointId, itemCode);
        Fetched fetched;
        try {
            fetched = breakers.create(BREAKER).run(
                    () -> fetch(servicePointId, itemCode, cached.map(CachedAuthorisation::etag).orElse(null)),
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
        if (fetched instanceof Fetched.Answer answer) {
            return remember(servicePointId, itemCode, answer, cached.isPresent(), now);
        }
        if (fetched instanceof Fetched.Refused refused) {
            return Authorisation.refused(servicePointId, itemCode, refused.status() == 404
                    ? "unknown service point" : "site-registry refused the question (HTTP " + refused.status() + ")", now);
        }
        // 304: the cached answer still holds; without one (the cache was wiped meanwhile) there is no answer to use
        return cached.map(entry -> entry.toAuthorisation(AuthorisationSource.LIVE, false, now))
                .orElseGet(() -> Authorisation.refused(servicePointId, itemCode, "no answer from the catalogue", now));
    }

    private Authorisation remember(String servicePointId, String itemCode, Fetched.Answer answer, boolean wasCached, Instant now) {
        CachedAuthorisation entry = CachedAuthorisation.of(servicePointId, itemCode, answer.body(), answer.etag(), now);
        if (answer.cacheable()) {
            cache.keep(entry);
        } else if (wasCached) {
            // The registry says this answer must not be kept; an older one must not outlive it either (say, during an outage).
            cache.forget(servicePointId, itemCode);
        }
        return entry.toAuthorisation(AuthorisationSource.LIVE, false, now);
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
            boolean cacheable = cacheControl == null || !cacheControl.toLowerCase(Locale.ROOT).contains("no-store");
            return new Fetched.Answer(response.getBody(), response.getHeaders().getFirst(HttpHeaders.ETAG), cacheable);
        } catch (FeignException e) {
            // Feign treats every non-2xx as an error; a 304 confirms the cached answer
            if (e.status() == 304) {
                return new Fetched.NotModified();
            }
            if (ServiceCallBreakers.isAnswer(e.status())) {
                return new Fetched.Refused(e.status());
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
