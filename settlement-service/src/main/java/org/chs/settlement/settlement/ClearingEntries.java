package org.chs.settlement.settlement;

/**
 * Port: the month's region-pair clearing totals (清算) a settlement and its reversal add to. Each entry is idempotent per
 * settlement, so finishing one twice (the request, then the recovery job) counts it once.
 */
interface ClearingEntries {

    void settled(String settlementId, String period, String payerRegion, String payeeRegion, long fundFen, long totalFen);

    void reversed(String settlementId, String period, String payerRegion, String payeeRegion, long fundFen, long totalFen);
}
