package org.chs.settlement.clearing;

import java.math.BigDecimal;
import java.time.Instant;

/** Internal domain events of clearing, mapped to integration events by the messaging adapter. */
public sealed interface ClearingEvent {

    /**
     * 清算单已出具 — a clearing run issued the statement of one region pair for a month.
     *
     * @param fundPayment the net fund payment the payer region owes the payee region, yuan
     */
    record StatementIssued(String statementId, String period, String payerRegion, String payeeRegion, long settledCount,
                           long reversedCount, BigDecimal fundPayment, Instant issuedAt) implements ClearingEvent {
    }
}
