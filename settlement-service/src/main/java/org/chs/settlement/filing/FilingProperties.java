package org.chs.settlement.filing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Filing rules that national practice sets but the sources do not ({@code chs.settlement.filing.*}; DOMAIN Appendix C "to verify").
 *
 * @param temporaryMaxDays the longest validity of a temporary filing
 */
@ConfigurationProperties("chs.settlement.filing")
public record FilingProperties(@DefaultValue("180") int temporaryMaxDays) {
}
