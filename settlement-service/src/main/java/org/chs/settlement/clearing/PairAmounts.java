package org.chs.settlement.clearing;

/** The clearing figures of one region pair in one month, in fen: kept incrementally, or recomputed from the settlements. */
public record PairAmounts(String payerRegion, String payeeRegion, long settledCount, long settledFundFen, long settledTotalFen,
                          long reversedCount, long reversedFundFen, long reversedTotalFen) {

    public String pair() {
        return payerRegion + ">" + payeeRegion;
    }
}
