package org.chs.settlement.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 费用明细 — one line of a hospital bill.
 *
 * @param itemCode    the treatment region's catalogue code
 * @param quantity    how many units (may be fractional, e.g. 0.5 of a pack)
 * @param unitPrice   price of one unit, yuan
 * @param serviceDate the day it was given, for the repeat-charge audit; {@code null} means the admission date
 */
public record BillLine(String itemCode, BigDecimal quantity, BigDecimal unitPrice, LocalDate serviceDate) {

    /** Exact, unrounded: rounding happens once per named amount, never per line. */
    public BigDecimal amount() {
        return quantity.multiply(unitPrice);
    }
}
