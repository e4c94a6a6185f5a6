package org.chs.settlement.handling.siteregistry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How site-registry is called ({@code chs.site-registry.*}).
 *
 * @param url     base URL, {@code SITE_REGISTRY_URL}
 * @param timeout an answer later than this counts as a failure
 */
@ConfigurationProperties("chs.site-registry")
public record SiteRegistryProperties(@DefaultValue("http://127.0.0.1:8083") String url, @DefaultValue("3s") Duration timeout) {
}
