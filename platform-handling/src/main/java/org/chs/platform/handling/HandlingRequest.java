package org.chs.platform.handling;

import java.time.Instant;

/**
 * What a caller asks for when it starts a handling (办件): the item, and optionally the point, channel and counter times.
 *
 * @param itemCode       the catalogue item the business falls under; chosen by the endpoint, not by the caller
 * @param operator       the caller
 * @param servicePointId the point the caller says it acts at; {@code null} means the token's point, anything else must equal it
 * @param channel        the channel the caller declares; {@code null} means derived from the caller's kind
 * @param queuedAt       when the citizen drew the queue ticket (counters)
 * @param startedAt      when the clerk called the ticket and started (counters); {@code null} elsewhere means now
 */
public record HandlingRequest(String itemCode, Operator operator, String servicePointId, Channel channel, Instant queuedAt,
                              Instant startedAt) {

    /** A handling at the token's own point, through the caller's own channel. */
    public static HandlingRequest at(String itemCode, Operator operator, Instant queuedAt, Instant startedAt) {
        return new HandlingRequest(itemCode, operator, null, null, queuedAt, startedAt);
    }
}
