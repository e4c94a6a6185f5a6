package org.chs.evaluation.kpi;

import java.time.Instant;
import java.util.Objects;

/**
 * 办件 — what the KPIs need of one completed handling.
 *
 * @param handlingId     the producer's handling id: the de-duplication key, so a handling counts once however often it arrives
 * @param servicePointId where it was handled
 * @param channel        COUNTER, BANK_API, HOSPITAL_WINDOW, ONLINE or SELF_SERVICE
 * @param instant        whether the item is an instant item (即办件)
 * @param queuedAt       when the citizen took a number, if queued
 * @param startedAt      when handling started
 * @param completedAt    when it completed
 * @param itemCode       the catalogue item handled (e.g. {@code ENR-02}), for the handlings by item; {@code null} if the
 *                       producer did not send it
 * @param ticketId       the queue ticket whose times {@code queuedAt} and {@code startedAt} are (site-registry's clock);
 *                       {@code null} without a queue
 */
public record HandlingFact(String handlingId, String servicePointId, String channel, boolean instant, Instant queuedAt,
                           Instant startedAt, Instant completedAt, String itemCode, String ticketId) {

    public HandlingFact {
        Objects.requireNonNull(handlingId, "handlingId");
        Objects.requireNonNull(servicePointId, "servicePointId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(completedAt, "completedAt");
    }

    /**
     * Whether the waiting and start times are the platform's: a queue time without a ticket was typed at the counter (producers
     * before queue tickets), and a site is never scored on times the scored point declared (ARCHITECTURE §7).
     */
    public boolean timesDerived() {
        return queuedAt == null || ticketId != null;
    }
}
