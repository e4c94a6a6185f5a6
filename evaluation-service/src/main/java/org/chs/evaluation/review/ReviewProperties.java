package org.chs.evaluation.review;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 好差评设置 ({@code chs.evaluation.review.*}).
 *
 * @param badLevels          levels that count as a bad review (差评) and open a rectification
 * @param rectificationDays  calendar days the point has to answer and the agency to close a rectification (the source gives no
 *                           deadline; 5 working days is the usual practice, kept as 7 calendar days by default so weekends
 *                           need no holiday calendar)
 */
@ConfigurationProperties("chs.evaluation.review")
public record ReviewProperties(@DefaultValue({"DISSATISFIED", "VERY_DISSATISFIED"}) Set<ReviewLevel> badLevels,
                             @DefaultValue("7") int rectificationDays) {

    public ReviewProperties {
        if (rectificationDays < 1) {
            throw new IllegalArgumentException("chs.evaluation.review.rectification-days must be at least 1");
        }
    }
}
