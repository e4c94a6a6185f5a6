package org.chs.settlement.handling.messaging;

import org.chs.contracts.HandlingCompletedEvent;
import org.chs.platform.handling.HandlingRecord;

/** Maps a handling record to the platform's {@code handling.completed.v1} contract, the same one enrollment publishes. */
public final class HandlingEvents {

    public static final String COMPLETED = "COMPLETED";

    private HandlingEvents() {
    }

    public static HandlingCompletedEvent completed(HandlingRecord h) {
        return new HandlingCompletedEvent(h.id(), h.itemCode(), h.itemName(), h.instant(), h.servicePointId(), h.operator(),
                h.channel().name(), h.queuedAt(), h.startedAt(), h.completedAt(), h.personId(), h.reviewTokenHash(), COMPLETED,
                h.authorisationStale() ? "CACHE" : "LIVE", h.servicePointName());
    }
}
