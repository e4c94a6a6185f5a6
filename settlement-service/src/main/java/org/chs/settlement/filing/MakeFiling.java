package org.chs.settlement.filing;

import java.time.Instant;
import java.time.LocalDate;

import org.chs.settlement.handling.Operator;

/**
 * Command: file a person for care in another region.
 *
 * @param idNumber        the person's resident ID number; used for the eligibility check and never stored
 * @param treatmentRegion where the care happens; a hospital's own region when a hospital files
 * @param hospitalInstitutionId the institution of a hospital filing before discharge (补办), {@code null} at a counter
 */
public record MakeFiling(String idNumber, String treatmentRegion, FilingType type, LocalDate validFrom, LocalDate validTo,
                         Operator operator, String hospitalInstitutionId, Instant queuedAt, Instant startedAt) {
}
