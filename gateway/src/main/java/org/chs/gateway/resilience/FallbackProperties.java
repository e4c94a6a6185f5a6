package org.chs.gateway.resilience;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway answers for a service it cannot reach ({@code chs.gateway.fallback.*}).
 *
 * @param retryAfter the {@code Retry-After} of the 503, about as long as an open breaker waits before trying again
 */
@ConfigurationProperties("chs.gateway.fallback")
public record FallbackProperties(@DefaultValue("10s") Duration retryAfter) {
}
