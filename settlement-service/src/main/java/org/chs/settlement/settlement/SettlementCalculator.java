package org.chs.settlement.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chs.settlement.catalogue.CatalogueEntry;
import org.chs.settlement.catalogue.ItemClass;
import org.chs.settlement.shared.Money;

/**
 * 结算计算 — the fund's share of a bill under "treatment-region catalogue, insured-region policy" (就医地目录、参保地政策).
 * Pure: no Spring, no I/O, the same answer for the same input, so pre-settlement and settlement can never disagree.
 *
 * <p>The rules, in this order (money in yuan; a line's amount is rounded HALF_UP to the fen on the line, as the hospital's
 * fee detail carries it, and sums add rounded lines; every other named amount is rounded HALF_UP to the fen once, at its end):
 * <ol>
 * <li>line amount = quantity × unit price, rounded to the fen; total = Σ line amounts;</li>
 * <li>self-pay = Σ SELF_PAY lines and codes the catalogue does not know (flagged unmapped);</li>
 * <li>self-pay-first = Σ class-B line amount × its self-pay-first share, rounded once;</li>
 * <li>in-scope = total − self-pay − self-pay-first (of the rounded amounts, so the itemisation adds up to the total);</li>
 * <li>deductible part = min(in-scope, deductible for the hospital level);</li>
 * <li>ratio = ratio for the level − reduction for the care basis (referral / other temporary; none for long-term, emergency, local);</li>
 * <li>fund candidate = (in-scope − deductible part) × ratio;</li>
 * <li>fund payment = min(fund candidate, annual cap − paid this year), never below 0;</li>
 * <li>personal payment = total − fund payment.</li>
 * </ol>
 */
public final class SettlementCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Calculation calculate(List<BillLine> lines, Map<String, CatalogueEntry> catalogue, PolicyTerms terms, CareBasis basis,
                                 BigDecimal fundPaidBefore) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal selfPay = BigDecimal.ZERO;
        BigDecimal selfPayFirst = BigDecimal.ZERO;
        List<LineResult> results = new ArrayList<>(lines.size());
        for (BillLine line : lines) {
            BigDecimal amount = line.amount();
            total = total.add(amount);
            CatalogueEntry entry = catalogue.get(line.itemCode());
            ItemClass itemClass = entry == null ? ItemClass.SELF_PAY : entry.itemClass();
            BigDecimal share = null;
            switch (itemClass) {
                case SELF_PAY -> selfPay = selfPay.add(amount);
                case CLASS_B -> {
                    share = entry.selfPayFirstShare();
                    selfPayFirst = selfPayFirst.add(amount.multiply(share));
                }
                case CLASS_A -> {
                    // wholly in scope
                }
            }
            results.add(new LineResult(line.itemCode(), line.quantity(), line.unitPrice(), line.serviceDate(), amount, itemClass, share,
                    entry == null));
        }
        BigDecimal totalYuan = Money.yuan(total);
        BigDecimal selfPayYuan = Money.yuan(selfPay);
        BigDecimal selfPayFirstYuan = Money.yuan(selfPayFirst);
        BigDecimal inScope = totalYuan.subtract(selfPayYuan).subtract(selfPayFirstYuan);
        BigDecimal deductiblePart = Money.yuan(Money.max(BigDecimal.ZERO, Money.min(inScope, terms.deductible())));
        BigDecimal ratio = ratio(terms, basis);
        BigDecimal fundCandidate = Money.yuan(inScope.subtract(deductiblePart).multiply(ratio));
        BigDecimal remaining = Money.max(BigDecimal.ZERO, terms.annualCap().subtract(fundPaidBefore));
        BigDecimal fundPayment = Money.yuan(Money.max(BigDecimal.ZERO, Money.min(fundCandidate, remaining)));
        BigDecimal personal = totalYuan.subtract(fundPayment);
        return new Calculation(results, totalYuan, selfPayYuan, selfPayFirstYuan, inScope, Money.yuan(terms.deductible()), deductiblePart,
                ratio, basis, fundCandidate, Money.yuan(terms.annualCap()), Money.yuan(fundPaidBefore), fundPayment, personal,
                fundPayment.compareTo(fundCandidate) < 0);
    }

    /** The level's ratio less the care basis's reduction in percentage points, never below 0. */
    static BigDecimal ratio(PolicyTerms terms, CareBasis basis) {
        BigDecimal points = switch (basis) {
            case REFERRAL -> terms.referralReductionPoints();
            case OTHER_TEMPORARY -> terms.unreferredReductionPoints();
            case LOCAL, LONG_TERM, EMERGENCY -> BigDecimal.ZERO;
        };
        return Money.max(BigDecimal.ZERO, terms.ratio().subtract(points.divide(HUNDRED)));
    }
}
