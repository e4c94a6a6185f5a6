package org.chs.gateway.ratelimit;

import java.time.Duration;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import reactor.core.publisher.Mono;

/**
 * Token buckets held in this gateway's memory, one per client key, in a bounded cache: with N replicas each client
 * gets N times the configured rate, which the limits in configuration must allow for.
 */
public final class LocalBucketRateLimiter implements ClientRateLimiter {

    private static final Duration MIN_IDLE = Duration.ofMinutes(1);

    private final RateLimitProperties properties;
    private final Cache<String, Bucket> buckets;

    public LocalBucketRateLimiter(RateLimitProperties properties) {
        this.properties = properties;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(properties.maxClients())
                // Dropping a bucket before it would have refilled anyway would hand out a free burst.
                .expireAfterAccess(idleTimeout(properties))
                .build();
    }

    @Override
    public Mono<RateLimitDecision> consume(ClientKey client) {
        Bucket bucket = buckets.get(client.key(), key -> newBucket(properties.limitFor(client.clientId())));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return Mono.just(probe.isConsumed()
                ? RateLimitDecision.allowed(probe.getRemainingTokens())
                : RateLimitDecision.rejected(Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }

    private static Bucket newBucket(RateLimitProperties.Limit limit) {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.refillTokens(), limit.refillPeriod()))
                .build();
    }

    static Duration idleTimeout(RateLimitProperties properties) {
        return Stream.concat(Stream.of((String) null), properties.clients().keySet().stream())
                .map(properties::limitFor)
                .map(RateLimitProperties.Limit::timeToFull)
                .reduce(MIN_IDLE, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
}
