package org.chs.enrollment.person;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 门诊慢特病待遇认定 — recognition that an insured person may receive outpatient chronic/special disease benefits for one
 * disease, within a validity period; settlement uses it to apply the disease's benefit rules.
 *
 * @param id                qualification id
 * @param diseaseCode       the disease (病种) code
 * @param evidenceReference reference of the medical evidence reviewed (file number, report id)
 * @param validFrom         first valid day
 * @param validTo           last valid day
 * @param grantedAt         when recorded
 * @param handlingId        the handling that granted it
 * @param revokedAt         when withdrawn, or {@code null}
 * @param revocationReason  why withdrawn
 */
public record Qualification(String id, String diseaseCode, String evidenceReference, LocalDate validFrom, LocalDate validTo,
                            Instant grantedAt, String handlingId, Instant revokedAt, String revocationReason) {

    public QualificationStatus statusOn(LocalDate date) {
        if (revokedAt != null) {
            return QualificationStatus.REVOKED;
        }
        if (date.isBefore(validFrom)) {
            return QualificationStatus.PENDING;
        }
        return date.isAfter(validTo) ? QualificationStatus.EXPIRED : QualificationStatus.ACTIVE;
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return !from.isAfter(validTo) && !to.isBefore(validFrom);
    }

    Qualification revoked(Instant at, String reason) {
        return new Qualification(id, diseaseCode, evidenceReference, validFrom, validTo, grantedAt, handlingId, at, reason);
    }
}
