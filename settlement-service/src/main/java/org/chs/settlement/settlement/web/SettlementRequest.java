package org.chs.settlement.settlement.web;

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

/**
 * A hospital's (pre-)settlement request.
 *
 * @param billNumber  the hospital's bill number: unique per hospital, the idempotency key
 * @param idNumber    the patient's resident ID number (never stored)
 * @param diseaseCode   the diagnosis: required for OUTPATIENT_CHRONIC_SPECIAL (the qualified disease) and for an emergency
 *                      without a filing (ICD-10)
 * @param hospitalLevel optional: the level the institution register holds for the admission date applies; one sent is only
 *                      checked against it (422 {@code hospital-level-mismatch} when it differs)
 * @param emergency     急诊抢救: when no filing covers the stay, settles without one, with no ratio reduction and an audit flag;
 *                      a filing that covers the stay decides the reduction whatever this says
 */
public record SettlementRequest(@NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters")
                                @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be letters, digits, '_' or '-'") String billNumber,
                                @NotBlank(message = "is required") @Pattern(regexp = IdNumbers.PATTERN, message = "must be an 18-character resident ID number") String idNumber,
                                @NotNull(message = "is required") LocalDate admissionDate,
                                @NotNull(message = "is required") LocalDate dischargeDate,
                                @NotNull(message = "is required: INPATIENT or OUTPATIENT_CHRONIC_SPECIAL") VisitType visitType,
                                @Size(max = 40, message = "must be at most 40 characters") String diseaseCode,
                                HospitalLevel hospitalLevel,
                                Boolean emergency,
                                @NotEmpty(message = "must list at least one line") @Size(max = 2000, message = "must have at most 2000 lines")
                                List<@Valid @NotNull(message = "must not be null") BillLineRequest> lines) {
}
