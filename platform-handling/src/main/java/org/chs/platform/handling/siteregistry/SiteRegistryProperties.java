package org.chs.platform.handling.siteregistry;

import java.time.Duration;

import org.chs.platform.handling.servicecall.CallLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How site-registry is called ({@code chs.site-registry.*}).
 *
 * @param url                  base URL, {@code SITE_REGISTRY_URL}
 * @param timeout              time limiter: an answer later than this counts as a failure
 * @param failureRateThreshold percentage of failed calls in the window that opens the breaker
 * @param minimumCalls         calls in the window before the rate counts
 * @param openFor              how long an open breaker stays open before it lets a trial call through
 */
@ConfigurationProperties("chs.site-registry")
public record SiteRegistryProperties(@DefaultValue("http://127.0.0.1:8083") String url, @DefaultValue("3s") Duration timeout,
                                     @DefaultValue("50") float failureRateThreshold, @DefaultValue("5") int minimumCalls,
                                     @DefaultValue("10s") Duration openFor) {

    public CallLimits limits() {
        return new CallLimits(timeout, failureRateThreshold, minimumCalls, openFor);
    }
}
