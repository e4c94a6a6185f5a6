package org.chs.settlement.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.chs.settlement.catalogue.ItemClass;

/**
 * How the calculation treated one bill line.
 *
 * @param amount            quantity × unit price, exact
 * @param itemClass         the catalogue class; {@code SELF_PAY} for an unmapped code
 * @param selfPayFirstShare the class-B share, {@code null} otherwise
 * @param unmapped          the code is missing from the treatment region's catalogue, so the patient pays it (未对码)
 */
public record LineResult(String itemCode, BigDecimal quantity, BigDecimal unitPrice, LocalDate serviceDate, BigDecimal amount,
                         ItemClass itemClass, BigDecimal selfPayFirstShare, boolean unmapped) {
}
