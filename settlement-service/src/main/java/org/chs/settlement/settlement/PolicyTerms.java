package org.chs.settlement.settlement;

import java.math.BigDecimal;

/**
 * The 参保地政策 terms that apply to one bill: those of the person's region, scheme and year, for the hospital's level.
 *
 * @param deductible                起付标准 for this hospital level, yuan
 * @param ratio                     支付比例 for this hospital level, a fraction
 * @param annualCap                 最高支付限额, yuan
 * @param referralReductionPoints   percentage points off the ratio for referred temporary care
 * @param unreferredReductionPoints percentage points off the ratio for other temporary care
 */
public record PolicyTerms(BigDecimal deductible, BigDecimal ratio, BigDecimal annualCap, BigDecimal referralReductionPoints,
                          BigDecimal unreferredReductionPoints) {
}
