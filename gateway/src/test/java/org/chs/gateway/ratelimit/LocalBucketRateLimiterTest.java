package org.chs.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.chs.gateway.ratelimit.RateLimitProperties.ClientLimit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalBucketRateLimiterTest {

    private static RateLimitProperties properties(Map<String, ClientLimit> clients) {
        return new RateLimitProperties(true, 3, 1, Duration.ofMinutes(1), 1000, List.of(), clients);
    }

    private static RateLimitDecision consume(ClientRateLimiter limiter, ClientKey client) {
        return limiter.consume(client).block();
    }

    @Nested
    class Buckets {

        @Test
        void shouldRejectWhenCapacityIsUsedUp() {
            LocalBucketRateLimiter limiter = new LocalBucketRateLimiter(properties(Map.of()));
            ClientKey bank = new ClientKey("bank-a", "bank-a");

            assertThat(consume(limiter, bank).remaining()).isEqualTo(2);
            assertThat(consume(limiter, bank).remaining()).isEqualTo(1);
            assertThat(consume(limiter, bank).remaining()).isZero();
            RateLimitDecision rejected = consume(limiter, bank);

            assertThat(rejected.allowed()).isFalse();
            assertThat(rejected.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
            assertThat(rejected.retryAfterSeconds()).isBetween(1L, 60L);
        }

        @Test
        void shouldKeepClientsApartWhenOneIsExhausted() {
            LocalBucketRateLimiter limiter = new LocalBucketRateLimiter(properties(Map.of()));
            for (int i = 0; i < 4; i++) {
                consume(limiter, new ClientKey("bank-a", "bank-a"));
            }

            assertThat(consume(limiter, new ClientKey("bank-b", "bank-b")).allowed()).isTrue();
        }

        @Test
        void shouldApplyTheClientsOverrideWhenOneIsConfigured() {
            LocalBucketRateLimiter limiter = new LocalBucketRateLimiter(
                    properties(Map.of("hospital-a", new ClientLimit(10L, null, null))));

            assertThat(consume(limiter, new ClientKey("hospital-a", "hospital-a")).remaining()).isEqualTo(9);
            assertThat(consume(limiter, new ClientKey("ip:10.0.0.1", null)).remaining()).isEqualTo(2);
        }
    }

    @Nested
    class Limits {

        @Test
        void shouldFallBackToDefaultsWhenOverrideLeavesValuesOut() {
            RateLimitProperties properties = properties(Map.of("bank-a", new ClientLimit(null, 5L, null)));

            assertThat(properties.limitFor("bank-a"))
                    .isEqualTo(new RateLimitProperties.Limit(3, 5, Duration.ofMinutes(1)));
            assertThat(properties.limitFor(null))
                    .isEqualTo(new RateLimitProperties.Limit(3, 1, Duration.ofMinutes(1)));
        }

        @Test
        void shouldKeepIdleBucketsAtLeastUntilTheyWouldHaveRefilledWhenEvicting() {
            RateLimitProperties properties = properties(Map.of("slow", new ClientLimit(100L, 1L, Duration.ofMinutes(1))));

            assertThat(LocalBucketRateLimiter.idleTimeout(properties)).isEqualTo(Duration.ofMinutes(100));
        }

        @Test
        void shouldRoundRetryAfterUpToWholeSecondsWhenRejecting() {
            assertThat(RateLimitDecision.rejected(Duration.ofMillis(1)).retryAfterSeconds()).isEqualTo(1);
            assertThat(RateLimitDecision.rejected(Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
            assertThat(RateLimitDecision.rejected(Duration.ofSeconds(3)).retryAfterSeconds()).isEqualTo(3);
            assertThat(RateLimitDecision.rejected(Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
        }
    }
}
