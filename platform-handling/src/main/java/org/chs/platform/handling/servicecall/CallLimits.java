package org.chs.platform.handling.servicecall;

import java.time.Duration;

/**
 * How long a call to another service may take and how many failures open its circuit breaker.
 *
 * @param timeout              time limiter: an answer later than this counts as a failure
 * @param failureRateThreshold percentage of failed calls in the window that opens the breaker
 * @param minimumCalls         calls in the window before the rate counts
 * @param openFor              how long an open breaker stays open before it lets a trial call through
 */
public record CallLimits(Duration timeout, float failureRateThreshold, int minimumCalls, Duration openFor) {

    /** Half of at least five calls failing opens the breaker for ten seconds. */
    public static CallLimits of(Duration timeout) {
        return new CallLimits(timeout, 50, 5, Duration.ofSeconds(10));
    }
}
