package org.chs.platform.handling;

import java.time.Instant;
import java.time.ZoneId;

import org.chs.contracts.ReviewTokenHash;

/**
 * An authorised handling (办件) in progress: the business may now be done; {@link #complete} turns it into the record that is
 * written with the business change.
 *
 * @param id             handling id
 * @param itemCode       catalogue item
 * @param servicePointId the caller's point
 * @param operator       the caller's name
 * @param channel        the channel
 * @param queuedAt       queue ticket time, may be {@code null}
 * @param startedAt      when the operator started
 * @param authorisation  the catalogue's answer
 * @param reviewToken    the citizen's 好差评 token; returned once in the response, only its hash is stored
 */
public record OpenHandling(String id, String itemCode, String servicePointId, String operator, Channel channel, Instant queuedAt,
                           Instant startedAt, Authorisation authorisation, String reviewToken) {

    /** The record of the handling done at {@code completedAt}; {@code personId} may be {@code null} until the person has an id. */
    public HandlingRecord complete(String personId, Instant completedAt, ZoneId zone) {
        return new HandlingRecord(id, itemCode, authorisation.itemName(), authorisation.instant(), servicePointId, operator, channel,
                queuedAt, startedAt, completedAt, completedAt.atZone(zone).toLocalDate(), personId, HandlingRecord.COMPLETED,
                authorisation.source(), authorisation.stale(), authorisation.catalogueVersion(), ReviewTokenHash.of(reviewToken),
                authorisation.servicePointName());
    }
}
