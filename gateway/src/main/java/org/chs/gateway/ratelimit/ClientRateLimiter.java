package org.chs.gateway.ratelimit;

import reactor.core.publisher.Mono;

/**
 * Takes one token from a client's bucket. The in-memory {@link LocalBucketRateLimiter} limits per gateway instance;
 * a shared store (Redis, bucket4j's distributed proxies) can implement this when replicas must share one limit.
 */
public interface ClientRateLimiter {

    Mono<RateLimitDecision> consume(ClientKey client);
}
