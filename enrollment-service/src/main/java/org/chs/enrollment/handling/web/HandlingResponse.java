package org.chs.enrollment.handling.web;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.chs.platform.handling.Authorisation;
import org.chs.platform.handling.AuthorisationSource;
import org.chs.platform.handling.Channel;
import org.chs.platform.handling.HandlingRecord;
import org.chs.platform.handling.OpenHandling;

/**
 * A handling as returned to the caller. {@code reviewToken} is present only in the response of the business call itself:
 * it is the citizen's 好差评 token (print it as QR code/link); the service keeps only its hash. {@code servicePointName} is the
 * point's name for the receipt, {@code null} when the catalogue did not give it (show {@code servicePointId} then).
 */
@Schema(description = "办件 — the recorded handling")
public record HandlingResponse(String handlingId, String itemCode, String itemName, boolean instant, String servicePointId,
                               String servicePointName, String operator, Channel channel, Instant queuedAt, Instant startedAt,
                               Instant completedAt, LocalDate completedOn, String personId, String outcome,
                               AuthorisationResponse authorisation, String reviewToken) {

    /** How the catalogue authorised the handling; {@code source=CACHE, stale=true} while site-registry was unreachable. */
    public record AuthorisationResponse(AuthorisationSource source, boolean stale, int catalogueVersion, Instant obtainedAt) {
    }

    public static HandlingResponse of(HandlingRecord record, OpenHandling open) {
        Authorisation a = open.authorisation();
        return of(record, new AuthorisationResponse(a.source(), a.stale(), a.catalogueVersion(), a.obtainedAt()), open.reviewToken());
    }

    /** A handling read back later: no review token. */
    public static HandlingResponse of(HandlingRecord record) {
        return of(record, new AuthorisationResponse(record.authorisationSource(), record.authorisationStale(), record.catalogueVersion(),
                null), null);
    }

    private static HandlingResponse of(HandlingRecord record, AuthorisationResponse authorisation, String reviewToken) {
        return new HandlingResponse(record.id(), record.itemCode(), record.itemName(), record.instant(), record.servicePointId(),
                record.servicePointName(), record.operator(), record.channel(), record.queuedAt(), record.startedAt(),
                record.completedAt(), record.completedOn(), record.personId(), record.outcome(), authorisation, reviewToken);
    }
}
