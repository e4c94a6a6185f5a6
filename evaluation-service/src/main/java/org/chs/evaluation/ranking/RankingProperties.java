package org.chs.evaluation.ranking;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 评选设置 ({@code chs.evaluation.ranking.*}): the defaults of a new batch, which the administrator may change per batch.
 *
 * @param defaultQuota    sites awarded per category (the 2022 first batch: 2 township, 2 village, 2 hospital sites, DOMAIN §4.1)
 * @param awardThreshold  the minimum score for an award (not in the source; a configurable default)
 */
@ConfigurationProperties("chs.evaluation.ranking")
public record RankingProperties(@DefaultValue("2") int defaultQuota, @DefaultValue("80") BigDecimal awardThreshold) {
}
