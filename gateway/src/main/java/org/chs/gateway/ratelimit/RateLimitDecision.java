package org.chs.gateway.ratelimit;

import java.time.Duration;

/**
 * The answer of a {@link ClientRateLimiter} for one request.
 *
 * @param allowed    whether the request may pass
 * @param remaining  tokens left after this request
 * @param retryAfter when a rejected client may try again; zero when allowed
 */
public record RateLimitDecision(boolean allowed, long remaining, Duration retryAfter) {

    public static RateLimitDecision allowed(long remaining) {
        return new RateLimitDecision(true, remaining, Duration.ZERO);
    }

    public static RateLimitDecision rejected(Duration retryAfter) {
        return new RateLimitDecision(false, 0, retryAfter);
    }

    /** {@code Retry-After} in whole seconds, rounded up and never 0, so a client that obeys it is not rejected again. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
