package org.chs.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-client rate limits ({@code chs.gateway.rate-limit.*}): a token bucket of {@code capacity} tokens, refilled by
 * {@code refillTokens} every {@code refillPeriod}; one request costs one token.
 *
 * @param enabled        whether requests are limited at all (the client key is still logged when not)
 * @param defaultCapacity burst size for clients without an override
 * @param defaultRefillTokens tokens added per period for clients without an override
 * @param defaultRefillPeriod the refill period for clients without an override
 * @param maxClients     how many client buckets are kept in memory; the least recently used are dropped first
 * @param perUserClients client ids whose tokens are limited per user rather than per client (interactive clients
 *                       shared by many people, like the console)
 * @param clients        overrides by client id ({@code azp}); a missing value falls back to the default
 */
@Validated
@ConfigurationProperties("chs.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("100") @Positive long defaultCapacity,
        @DefaultValue("50") @Positive long defaultRefillTokens,
        @DefaultValue("1s") @NotNull Duration defaultRefillPeriod,
        @DefaultValue("100000") @Positive long maxClients,
        List<String> perUserClients,
        Map<String, @Valid ClientLimit> clients) {

    public RateLimitProperties {
        perUserClients = perUserClients == null ? List.of() : List.copyOf(perUserClients);
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /** The limit that applies to a client id; {@code null} (no token) gets the default. */
    public Limit limitFor(String clientId) {
        ClientLimit override = clientId == null ? null : clients.get(clientId);
        if (override == null) {
            return new Limit(defaultCapacity, defaultRefillTokens, defaultRefillPeriod);
        }
        return new Limit(
                override.capacity() != null ? override.capacity() : defaultCapacity,
                override.refillTokens() != null ? override.refillTokens() : defaultRefillTokens,
                override.refillPeriod() != null ? override.refillPeriod() : defaultRefillPeriod);
    }

    /** One client's override; any value left out falls back to the default. */
    public record ClientLimit(@Positive Long capacity, @Positive Long refillTokens, Duration refillPeriod) {
    }

    /** A resolved token-bucket limit. */
    public record Limit(long capacity, long refillTokens, Duration refillPeriod) {

        /** How long an emptied bucket takes to fill up again. */
        public Duration timeToFull() {
            long periods = (capacity + refillTokens - 1) / refillTokens;
            return refillPeriod.multipliedBy(periods);
        }
    }
}
