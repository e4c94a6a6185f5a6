package org.chs.settlement.catalogue.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.chs.settlement.catalogue.ItemClass;

/** One 就医地目录 item as the administrator enters it (the item code is in the path). */
public record CatalogueItemRequest(@NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String name,
                                   @NotNull(message = "is required: CLASS_A, CLASS_B or SELF_PAY") ItemClass itemClass,
                                   @DecimalMin(value = "0", message = "must be 0 or more") @DecimalMax(value = "1", message = "must be at most 1")
                                   BigDecimal selfPayFirstShare,
                                   @Positive(message = "must be greater than 0")
                                   @Digits(integer = 9, fraction = 4, message = "must have at most 9 digits and 4 decimals") BigDecimal quantityLimit,
                                   Boolean restricted,
                                   @Size(max = 100, message = "must list at most 100 disease codes")
                                   List<@NotBlank(message = "must not be blank") @Size(max = 40, message = "must be at most 40 characters") String> qualifyingDiseaseCodes) {
}
