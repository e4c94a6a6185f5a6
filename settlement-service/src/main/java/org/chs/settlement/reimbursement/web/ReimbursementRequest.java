package org.chs.settlement.reimbursement.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chs.settlement.eligibility.IdNumbers;
import org.chs.settlement.policy.HospitalLevel;
import org.chs.settlement.settlement.VisitType;
import org.chs.settlement.settlement.web.BillLineRequest;

/**
 * A 零星报销 application: the hospital bill the person paid, and where to pay the fund's share.
 *
 * @param institutionId   the hospital that issued the bill
 * @param billNumber      its bill number
 * @param treatmentRegion the hospital's region (its catalogue applies)
 * @param hospitalLevel   the hospital's level: the institution register's applies to an institution it holds (one sent is
 *                        checked against it); required for an institution it does not hold
 */
public record ReimbursementRequest(@NotBlank(message = "is required") @Size(max = 80, message = "must be at most 80 characters") String institutionId,
                                   @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
                                   @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be letters, digits, '_' or '-'") String billNumber,
                                   @NotBlank(message = "is required") @Pattern(regexp = IdNumbers.PATTERN, message = "must be an 18-character resident ID number") String idNumber,
                                   @NotNull(message = "is required") @Pattern(regexp = "\\d{6}", message = "must be a six-digit area code") String treatmentRegion,
                                   @NotNull(message = "is required") LocalDate admissionDate,
                                   @NotNull(message = "is required") LocalDate dischargeDate,
                                   @NotNull(message = "is required") VisitType visitType,
                                   @Size(max = 40, message = "must be at most 40 characters") String diseaseCode,
                                   HospitalLevel hospitalLevel,
                                   Boolean emergency,
                                   @NotEmpty(message = "must list at least one line") @Size(max = 2000, message = "must have at most 2000 lines")
                                   List<@Valid @NotNull(message = "must not be null") BillLineRequest> lines,
                                   @NotNull(message = "is required") @Valid PayeeRequest payee,
                                   Instant queuedAt, Instant startedAt) {

    /** The person's bank account; only the last four digits of the number are kept. */
    public record PayeeRequest(@NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String name,
                               @NotBlank(message = "is required") @Size(max = 100, message = "must be at most 100 characters") String bankName,
                               @NotBlank(message = "is required") @Pattern(regexp = "\\d{8,30}", message = "must be 8-30 digits") String accountNumber) {
    }
}
