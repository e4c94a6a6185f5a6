package org.chs.settlement.handling.web;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.chs.platform.handling.Channel;
import org.chs.platform.handling.HandlingRecord;
import org.chs.settlement.handling.HandlingBusiness;
import org.chs.settlement.handling.LoggedHandling;

/**
 * A handling (办件) as the API shows it, with the field names of enrollment-service's handlings, so that a console can merge
 * both services' lists of a day; {@code business} says what it did here. {@code reviewToken} is present only in the answer to
 * the request that recorded the handling (print it as the 好差评 QR code/link); the service keeps only its hash.
 * {@code servicePointName} is {@code null} when the catalogue did not give it: show {@code servicePointId} then.
 */
@Schema(description = "办件 — a handling recorded by settlement-service")
public record HandlingResponse(String handlingId, String itemCode, String itemName, boolean instant, String servicePointId,
                               String servicePointName, String operator, Channel channel, Instant queuedAt, Instant startedAt,
                               Instant completedAt, LocalDate completedOn, String personId, String outcome,
                               AuthorisationResponse authorisation, String reviewToken, Business business) {

    /** Always {@code COMPLETED}: only completed business is recorded as a handling. */
    static final String COMPLETED = "COMPLETED";

    /**
     * How the catalogue authorised the handling: {@code source=CACHE, stale=true} when site-registry was unreachable and its last
     * answer was used. {@code obtainedAt} is not kept, so it is absent.
     */
    public record AuthorisationResponse(String source, boolean stale, int catalogueVersion, Instant obtainedAt) {
    }

    /** The business the handling did: {@code FILING} / {@code FILING_REVOCATION} (id = filing id), {@code MANUAL_REIMBURSEMENT} (id = settlement id). */
    public record Business(HandlingBusiness kind, String id) {
    }

    static HandlingResponse of(LoggedHandling logged) {
        return of(logged.record(), logged.business(), logged.businessId(), null);
    }

    /** The handling a business request just recorded, with the citizen's review token. */
    public static HandlingResponse of(HandlingRecord h, HandlingBusiness kind, String businessId, String reviewToken) {
        return new HandlingResponse(h.id(), h.itemCode(), h.itemName(), h.instant(), h.servicePointId(), h.servicePointName(), h.operator(),
                h.channel(), h.queuedAt(), h.startedAt(), h.completedAt(), h.completedOn(), h.personId(), COMPLETED,
                new AuthorisationResponse(h.authorisationSource().name(), h.authorisationStale(), h.catalogueVersion(), null),
                reviewToken, new Business(kind, businessId));
    }
}
