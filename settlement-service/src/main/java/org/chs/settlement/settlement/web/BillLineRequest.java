package org.chs.settlement.settlement.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.chs.settlement.catalogue.CatalogueEntry;
import org.chs.settlement.settlement.BillLine;

/**
 * One bill line (费用明细).
 *
 * @param serviceDate the day it was given; omit to mean the admission date
 */
public record BillLineRequest(@NotBlank(message = "is required") @Pattern(regexp = CatalogueEntry.CODE_PATTERN, message = "must be 1-40 letters, digits, '.', '_' or '-'") String itemCode,
                              @NotNull(message = "is required") @Positive(message = "must be greater than 0")
                              @Digits(integer = 9, fraction = 4, message = "must have at most 9 digits and 4 decimals") BigDecimal quantity,
                              @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be 0 or more")
                              @Digits(integer = 10, fraction = 4, message = "must have at most 10 digits and 4 decimals") BigDecimal unitPrice,
                              LocalDate serviceDate) {

    public BillLine toLine() {
        return new BillLine(itemCode, quantity, unitPrice, serviceDate);
    }
}
