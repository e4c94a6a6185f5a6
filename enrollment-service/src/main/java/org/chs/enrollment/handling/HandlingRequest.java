package org.chs.enrollment.handling;

import java.time.Instant;

/**
 * What a caller asks for when it starts a handling (办件): the item, and optionally the point, channel and counter times.
 *
 * @param itemCode         the catalogue item the business falls under; chosen by the endpoint, not by the caller
 * @param operator         the caller
 * @param servicePointId   the point the caller says it acts at; {@code null} means the token's point, anything else must equal it
 * @param channel          the channel the caller declares; {@code null} means derived from the caller's kind
 * @param queuedAt         when the citizen drew the queue ticket (counters)
 * @param startedAt        when the clerk called the ticket and started
 */
public record HandlingRequest(String itemCode, Operator operator, String servicePointId, Channel channel, Instant queuedAt,
                              Instant startedAt) {
}
