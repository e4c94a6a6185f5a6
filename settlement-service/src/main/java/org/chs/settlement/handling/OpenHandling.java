package org.chs.settlement.handling;

import java.time.Instant;
import java.time.ZoneId;

/**
 * An authorised handling (办件) in progress; {@link #complete} turns it into the record written with the business change.
 *
 * @param reviewToken the citizen's 好差评 token: returned once in the response, only its hash is stored
 */
public record OpenHandling(String id, String itemCode, String servicePointId, String operator, Channel channel, Instant queuedAt,
                           Instant startedAt, Authorisation authorisation, String reviewToken) {

    public HandlingRecord complete(String personId, Instant completedAt, ZoneId zone) {
        return new HandlingRecord(id, itemCode, authorisation.itemName(), authorisation.instant(), servicePointId, operator, channel,
                queuedAt, startedAt, completedAt, completedAt.atZone(zone).toLocalDate(), personId, authorisation.stale(),
                authorisation.catalogueVersion(), ReviewTokens.hash(reviewToken), authorisation.servicePointName());
    }
}
