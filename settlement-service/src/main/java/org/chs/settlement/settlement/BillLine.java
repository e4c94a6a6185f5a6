package org.chs.settlement.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.chs.settlement.shared.Money;

/**
 * 费用明细 — one line of a hospital bill.
 *
 * @param itemCode    the treatment region's catalogue code
 * @param quantity    how many units (may be fractional, e.g. 0.5 of a pack)
 * @param unitPrice   price of one unit, yuan
 * @param serviceDate the day it was given, for the repeat-charge audit; {@code null} means the admission date
 */
public record BillLine(String itemCode, BigDecimal quantity, BigDecimal unitPrice, LocalDate serviceDate) {

    /**
     * Quantity × unit price rounded HALF_UP to the fen on the line, as the hospital's fee detail (费用明细) carries it: the
     * bill's total and every sum add these rounded amounts, so the settlement agrees line by line with the hospital's own.
     */
    public BigDecimal amount() {
        return Money.yuan(quantity.multiply(unitPrice));
    }
}
