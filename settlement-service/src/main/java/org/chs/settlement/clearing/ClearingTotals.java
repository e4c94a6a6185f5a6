package org.chs.settlement.clearing;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 清算累计 — running totals for one month and one region pair: what the insured (paying) region's fund owes the treatment
 * (payee) region for direct settlements, kept by atomic {@code $inc} as settlements and reversals happen, so a clearing run
 * reads one document per pair instead of every settlement. Amounts in fen. Idempotent per settlement and per reversal
 * through {@code appliedEvents} (platform-messaging's {@code IdempotentWriter}).
 */
@Document("clearing_totals")
public class ClearingTotals {

    @Id
    private String id;
    @Indexed
    private String period;
    private String payerRegion;
    private String payeeRegion;
    private long settledCount;
    private long settledFundFen;
    private long settledTotalFen;
    private long reversedCount;
    private long reversedFundFen;
    private long reversedTotalFen;

    ClearingTotals() {
    }

    static String key(String period, String payerRegion, String payeeRegion) {
        return period + "|" + payerRegion + "|" + payeeRegion;
    }

    public String period() {
        return period;
    }

    public String payerRegion() {
        return payerRegion;
    }

    public String payeeRegion() {
        return payeeRegion;
    }

    public long settledCount() {
        return settledCount;
    }

    public long settledFundFen() {
        return settledFundFen;
    }

    public long settledTotalFen() {
        return settledTotalFen;
    }

    public long reversedCount() {
        return reversedCount;
    }

    public long reversedFundFen() {
        return reversedFundFen;
    }

    public long reversedTotalFen() {
        return reversedTotalFen;
    }

    /** What the payer owes the payee for the month: settled less reversed fund payments. */
    public long netFundFen() {
        return settledFundFen - reversedFundFen;
    }

    /** The same figures as a value, for comparison with a recomputation. */
    public PairAmounts amounts() {
        return new PairAmounts(payerRegion, payeeRegion, settledCount, settledFundFen, settledTotalFen, reversedCount, reversedFundFen,
                reversedTotalFen);
    }
}
