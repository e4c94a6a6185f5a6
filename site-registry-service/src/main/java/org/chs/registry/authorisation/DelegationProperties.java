package org.chs.registry.authorisation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 下放比例要求 — the grassroots catalogue-share rule (DOMAIN §2.2, §5.1 G5): a township or village point should handle "30%以上" of the
 * county list, read as ≥ 30 % (DOMAIN §9 item 6: Chinese 以上 includes the bound).
 *
 * @param minSharePercent the minimum share of the county list, in percent
 */
@ConfigurationProperties("chs.delegation")
public record DelegationProperties(@DefaultValue("30") int minSharePercent) {
}
