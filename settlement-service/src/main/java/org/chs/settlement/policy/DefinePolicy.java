package org.chs.settlement.policy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Command: set the insured region's policy for one scheme and year.
 *
 * @param deductibles                 起付标准 per admission, yuan, by hospital level
 * @param ratios                      支付比例 as a fraction ({@code 0.85}), by hospital level
 * @param annualCap                   最高支付限额: fund payments to one person in one year, yuan
 * @param referralReductionPoints     percentage points off the ratio for temporary care with a referral (转诊)
 * @param unreferredReductionPoints   percentage points off the ratio for other temporary care without a referral
 * @param expectedVersion             the version the administrator edited, {@code null} when creating
 */
public record DefinePolicy(String region, Scheme scheme, int year, Map<HospitalLevel, BigDecimal> deductibles,
                           Map<HospitalLevel, BigDecimal> ratios, BigDecimal annualCap, BigDecimal referralReductionPoints,
                           BigDecimal unreferredReductionPoints, Long expectedVersion, String actor) {
}
