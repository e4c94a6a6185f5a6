package org.chs.evaluation.ranking;

import java.time.Instant;

/** Internal domain events of a batch's ranking, mapped to integration events by the messaging adapter. */
public sealed interface RankingEvent {

    /**
     * 授牌 — a site was awarded the batch's level when the ranking was published.
     *
     * @param level the batch's demonstration level
     * @param rank  its rank in its category
     */
    record SiteAwarded(String declarationId, String batchId, String servicePointId, String level, int year, int rank,
                       Instant awardedAt) implements RankingEvent {
    }
}
