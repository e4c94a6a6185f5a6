package org.chs.contracts;

import java.time.Instant;

/**
 * 直接结算完成 — a bill was settled: directly at a hospital ({@code DIRECT}) or by a manual reimbursement at a counter
 * ({@code MANUAL}). Evaluation derives each hospital's direct-settlement rate from it.
 *
 * <p>Money is yuan as a decimal string with two decimals ({@code "1955.00"}), so that no consumer reads an amount through a
 * binary float.
 *
 * @param settlementId    the settlement's id
 * @param billNumber      the hospital's bill number (unique per institution)
 * @param institutionId   the designated medical institution that treated the person
 * @param servicePointId  the hospital window (DIRECT) or counter (MANUAL) that settled it
 * @param personId        enrollment's person id
 * @param insuredRegion   area code of the insured (paying) region
 * @param treatmentRegion area code of the treatment region
 * @param visitType       {@code INPATIENT} or {@code OUTPATIENT_CHRONIC_SPECIAL}
 * @param mode            {@code DIRECT} or {@code MANUAL}
 * @param total           the bill's total
 * @param fundPayment     what the fund pays
 * @param personalPayment what the person pays
 * @param settledAt       when it was settled
 */
public record SettlementCompletedEvent(String settlementId, String billNumber, String institutionId, String servicePointId,
                                       String personId, String insuredRegion, String treatmentRegion, String visitType, String mode,
                                       String total, String fundPayment, String personalPayment, Instant settledAt) {
}
