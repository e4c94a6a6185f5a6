package org.chs.settlement.filing.messaging;

import java.util.List;

import org.chs.contracts.RoutingKeys;
import org.chs.platform.messaging.Outbox;
import org.chs.settlement.filing.Filing;
import org.chs.settlement.filing.FilingEvent;
import org.chs.settlement.filing.FilingEvents;
import org.chs.settlement.handling.messaging.HandlingEvents;
import org.springframework.stereotype.Component;

/** Maps a filing's domain events to {@code handling.completed.v1} and stages them in the filing's outbox ({@code settlement.events}). */
@Component
class OutboxFilingEvents implements FilingEvents {

    private final Outbox outbox;

    OutboxFilingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void stage(Filing filing, List<FilingEvent> events) {
        for (FilingEvent event : events) {
            if (event instanceof FilingEvent.HandlingCompleted e) {
                outbox.stage(filing, RoutingKeys.HANDLING_COMPLETED_V1, HandlingEvents.completed(e.handling()), e.handling().completedAt());
            }
        }
    }
}
