package org.chs.settlement.settlement;

import java.math.BigDecimal;
import java.util.List;

/**
 * 结算明细 — every named amount of a settlement, each rounded once to the fen, and how each line was classed.
 *
 * @param total           Σ line amounts
 * @param selfPay         Σ self-pay lines and unmapped codes (全自费)
 * @param selfPayFirst    Σ class-B amount × self-pay-first share (先行自付)
 * @param inScope         total − self-pay − self-pay-first (政策范围内)
 * @param deductiblePart  min(in-scope, deductible) (起付线)
 * @param ratio           the ratio applied, after any temporary-care reduction
 * @param fundCandidate   (in-scope − deductible part) × ratio
 * @param fundPaidBefore  what the fund had paid this person this year before this bill
 * @param fundPayment     min(fund candidate, annual cap − fund paid before), never below 0 (统筹基金支付)
 * @param personalPayment total − fund payment (个人支付)
 * @param capReached      the annual cap cut the fund payment
 */
public record Calculation(List<LineResult> lines, BigDecimal total, BigDecimal selfPay, BigDecimal selfPayFirst, BigDecimal inScope,
                          BigDecimal deductible, BigDecimal deductiblePart, BigDecimal ratio, CareBasis basis, BigDecimal fundCandidate,
                          BigDecimal annualCap, BigDecimal fundPaidBefore, BigDecimal fundPayment, BigDecimal personalPayment,
                          boolean capReached) {

    public Calculation {
        lines = List.copyOf(lines);
    }
}
