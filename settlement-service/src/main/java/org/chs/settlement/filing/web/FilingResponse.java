package org.chs.settlement.filing.web;

import java.time.Instant;
import java.time.LocalDate;

import org.chs.platform.handling.Channel;
import org.chs.settlement.filing.Filing;
import org.chs.settlement.filing.FilingStatus;
import org.chs.settlement.filing.FilingType;
import org.chs.settlement.handling.web.HandlingResponse;
import org.chs.settlement.policy.Scheme;

/**
 * A 异地就医备案 as the API shows it: the ID number masked, the status read on today's date.
 *
 * @param madeUp      made by a hospital window before discharge (补办)
 * @param handlingId  the handling it was made under
 * @param reviewToken the citizen's 好差评 token, only in the answer to the request that recorded a handling: the filing's, or on a
 *                    revocation the revocation's — the handling named by {@code handling.handlingId}
 * @param handling    the handling this answer recorded (the filing's, or the revocation's), for the receipt: item, point name,
 *                    times and the review token; absent from other answers
 */
public record FilingResponse(String id, String personId, String maskedIdNumber, Scheme scheme, String insuredRegion,
                             String treatmentRegion, FilingType type, String itemCode, LocalDate validFrom, LocalDate validTo,
                             FilingStatus status, boolean madeUp, Channel channel, String institutionId, String servicePointId,
                             String handlingId, Instant revokedAt, String revocationReason, Instant createdAt, String createdBy,
                             Instant updatedAt, String updatedBy, Long version, String reviewToken, HandlingResponse handling) {

    static FilingResponse of(Filing f, LocalDate today) {
        return of(f, today, null, null);
    }

    static FilingResponse of(Filing f, LocalDate today, String reviewToken, HandlingResponse handling) {
        return new FilingResponse(f.id(), f.personId(), f.maskedIdNumber(), f.scheme(), f.insuredRegion(), f.treatmentRegion(), f.type(),
                f.type().itemCode(), f.validFrom(), f.validTo(), f.statusOn(today), f.madeUp(), f.channel(), f.institutionId(),
                f.servicePointId(), f.handling().id(), f.revokedAt(), f.revocationReason(), f.createdAt(), f.createdBy(), f.updatedAt(),
                f.updatedBy(), f.version(), reviewToken, handling);
    }
}
