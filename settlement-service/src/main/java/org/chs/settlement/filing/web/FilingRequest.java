package org.chs.settlement.filing.web;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.chs.settlement.eligibility.IdNumbers;
import org.chs.settlement.filing.FilingType;

/**
 * A 异地就医备案 application.
 *
 * @param idNumber        resident ID number (never stored, masked in the answer)
 * @param treatmentRegion area code of where care happens; a hospital may omit it (its own region)
 * @param validTo         required for temporary filings; open-ended long-term filings omit it
 * @param queuedAt        queue ticket time at a counter
 * @param startedAt       when the clerk started
 */
public record FilingRequest(@NotBlank(message = "is required") @Pattern(regexp = IdNumbers.PATTERN, message = "must be an 18-character resident ID number") String idNumber,
                            @Pattern(regexp = "\\d{6}", message = "must be a six-digit area code") String treatmentRegion,
                            @NotNull(message = "is required") FilingType type,
                            @NotNull(message = "is required") LocalDate validFrom,
                            LocalDate validTo,
                            Instant queuedAt,
                            Instant startedAt) {
}
