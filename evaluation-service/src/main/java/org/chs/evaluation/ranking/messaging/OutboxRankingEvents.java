package org.chs.evaluation.ranking.messaging;

import java.util.List;

import org.chs.contracts.DemonstrationSiteAwardedEvent;
import org.chs.contracts.RoutingKeys;
import org.chs.evaluation.ranking.Batch;
import org.chs.evaluation.ranking.RankingEvent;
import org.chs.evaluation.ranking.RankingEvents;
import org.chs.platform.messaging.Outbox;
import org.springframework.stereotype.Component;

/**
 * Maps a batch's domain events to {@code demonstration-site.awarded.v1} and stages them in the batch's outbox (exchange
 * {@code evaluation.events}), which site-registry applies to its declarations.
 */
@Component
class OutboxRankingEvents implements RankingEvents {

    private final Outbox outbox;

    OutboxRankingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void stage(Batch batch, List<RankingEvent> events) {
        for (RankingEvent event : events) {
            if (event instanceof RankingEvent.SiteAwarded e) {
                outbox.stage(batch, RoutingKeys.DEMONSTRATION_SITE_AWARDED_V1, new DemonstrationSiteAwardedEvent(e.declarationId(),
                        e.batchId(), e.servicePointId(), e.level(), e.year(), e.rank()), e.awardedAt());
            }
        }
    }
}
