package org.chs.contracts;

import java.time.Instant;

/**
 * 结算冲正 — a settlement was reversed: its fund payment no longer counts toward the person's year or the month's clearing.
 *
 * <p>Money is yuan as a decimal string with two decimals ({@code "1955.00"}), so that no consumer reads an amount through a
 * binary float.
 *
 * @param settlementId    the reversed settlement
 * @param billNumber      the hospital's bill number
 * @param institutionId   the designated medical institution
 * @param servicePointId  who settled it originally
 * @param personId        enrollment's person id
 * @param insuredRegion   area code of the insured (paying) region
 * @param treatmentRegion area code of the treatment region
 * @param mode            {@code DIRECT} or {@code MANUAL}
 * @param fundPayment     the fund payment taken back, yuan
 * @param reason          why, as the caller gave it
 * @param reversedAt      when
 */
public record SettlementReversedEvent(String settlementId, String billNumber, String institutionId, String servicePointId,
                                      String personId, String insuredRegion, String treatmentRegion, String mode,
                                      String fundPayment, String reason, Instant reversedAt) {
}
