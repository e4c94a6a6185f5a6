package org.chs.gateway.ratelimit;

import reactor.core.publisher.Mono;

/**
 * Takes one token from a client's bucket: per gateway instance in {@link LocalBucketRateLimiter}, or in a shared store
 * (Redis, bucket4j's distributed buckets) by another implementation when replicas must share one limit.
 */
public interface ClientRateLimiter {

    Mono<RateLimitDecision> consume(ClientKey client);
}
