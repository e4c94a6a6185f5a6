package org.chs.settlement.clearing;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Clearing settings ({@code chs.settlement.clearing.*}). The advance-fund figures follow DOMAIN Appendix C, which marks them
 * "to verify": hence settings, not constants.
 *
 * @param allowOpenPeriod    let a clearing run cover the current, unfinished month (tests and drills only)
 * @param advanceFundMonths  the advance fund (预付金) should hold this many months of the region's historical payments
 * @param historyMonths      how many past months make "historical payments"
 * @param warningUsage       warn when this share of the recommended advance fund is used up (balance below the rest)
 * @param idempotencyWindow  how many settlement ids a totals document remembers to turn a repeated increment into a no-op
 */
@ConfigurationProperties("chs.settlement.clearing")
public record ClearingProperties(@DefaultValue("false") boolean allowOpenPeriod, @DefaultValue("2") int advanceFundMonths,
                                 @DefaultValue("12") int historyMonths, @DefaultValue("0.7") BigDecimal warningUsage,
                                 @DefaultValue("10000") int idempotencyWindow) {
}
