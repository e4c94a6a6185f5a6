package org.chs.settlement.filing;

import java.time.Instant;
import java.time.LocalDate;

import org.chs.platform.handling.Operator;

/**
 * Command: file a person for care in another region.
 *
 * @param idNumber        the person's resident ID number; used for the eligibility check and never stored
 * @param treatmentRegion where the care happens; a hospital's own region when a hospital files
 * @param hospitalInstitutionId the institution of a hospital filing before discharge (补办), {@code null} at a counter
 * @param idempotencyKey  the partner's {@code Idempotency-Key}: a retry with the same key returns the first filing
 */
public record MakeFiling(String idNumber, String treatmentRegion, FilingType type, LocalDate validFrom, LocalDate validTo,
                         Operator operator, String hospitalInstitutionId, Instant queuedAt, Instant startedAt,
                         String idempotencyKey) {

    /** The fingerprint a retry under the same idempotency key must match. */
    String fingerprint() {
        return String.join("|", idNumber.toUpperCase(), String.valueOf(treatmentRegion), type.name(), String.valueOf(validFrom),
                String.valueOf(validTo), String.valueOf(hospitalInstitutionId));
    }
}
