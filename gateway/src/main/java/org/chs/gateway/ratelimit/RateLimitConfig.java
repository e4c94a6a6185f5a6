package org.chs.gateway.ratelimit;

import org.chs.gateway.problem.Problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the per-client rate limiter. Limits shared between replicas would come from another {@link ClientRateLimiter}
 * bean in place of the in-memory one; nothing else changes.
 */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfig {

    @Bean
    ClientRateLimiter localBucketRateLimiter(RateLimitProperties properties) {
        return new LocalBucketRateLimiter(properties);
    }

    @Bean
    ClientKeyResolver clientKeyResolver(RateLimitProperties properties) {
        return new ClientKeyResolver(properties);
    }

    @Bean
    ClientRateLimitFilter clientRateLimitFilter(RateLimitProperties properties, ClientKeyResolver keys,
            ClientRateLimiter limiter, Problems problems) {
        return new ClientRateLimitFilter(properties.enabled(), keys, limiter, problems);
    }
}
