package org.chs.contracts;

import java.time.Instant;

/**
 * 清算单下发 — a monthly clearing run issued what one insured region owes one treatment region, to be confirmed by the payer.
 *
 * <p>Money is yuan as a decimal string with two decimals ({@code "1955.00"}), so that no consumer reads an amount through a
 * binary float.
 *
 * @param statementId   the statement's id
 * @param period        the month, {@code yyyy-MM}
 * @param payerRegion   area code of the insured region that pays
 * @param payeeRegion   area code of the treatment region that receives
 * @param settledCount  settlements completed in the month
 * @param reversedCount reversals made in the month
 * @param fundPayment   net fund payments owed, yuan
 * @param issuedAt      when the run issued it
 */
public record ClearingStatementIssuedEvent(String statementId, String period, String payerRegion, String payeeRegion, int settledCount,
                                           int reversedCount, String fundPayment, Instant issuedAt) {
}
