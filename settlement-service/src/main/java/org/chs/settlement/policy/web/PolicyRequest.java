package org.chs.settlement.policy.web;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chs.settlement.policy.HospitalLevel;

/**
 * The terms of a 参保地政策 as the administrator enters them.
 *
 * @param deductibles               起付标准 per admission in yuan, one per hospital level
 * @param ratios                    支付比例 as a fraction (0.85), one per hospital level
 * @param annualCap                 最高支付限额 in yuan
 * @param referralReductionPoints   percentage points taken off the ratio for referred temporary care (e.g. 10)
 * @param unreferredReductionPoints percentage points taken off for other temporary care (e.g. 15)
 * @param version                   the version being edited; omit when creating
 */
public record PolicyRequest(@NotEmpty(message = "must give a deductible for each hospital level") @Size(max = 10)
                            Map<HospitalLevel, @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be 0 or more")
                                    @Digits(integer = 12, fraction = 2, message = "must be yuan with at most 2 decimals") BigDecimal> deductibles,
                            @NotEmpty(message = "must give a ratio for each hospital level") @Size(max = 10)
                            Map<HospitalLevel, @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be 0 or more")
                                    @DecimalMax(value = "1", message = "must be a fraction of at most 1")
                                    @Digits(integer = 1, fraction = 4, message = "must have at most 4 decimals") BigDecimal> ratios,
                            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be 0 or more")
                            @Digits(integer = 12, fraction = 2, message = "must be yuan with at most 2 decimals") BigDecimal annualCap,
                            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be 0 or more")
                            @DecimalMax(value = "100", message = "must be at most 100 points") BigDecimal referralReductionPoints,
                            @NotNull(message = "is required") @DecimalMin(value = "0", message = "must be 0 or more")
                            @DecimalMax(value = "100", message = "must be at most 100 points") BigDecimal unreferredReductionPoints,
                            @Min(value = 0, message = "must be 0 or more") @Max(value = Integer.MAX_VALUE, message = "is not a version")
                            Long version) {
}
