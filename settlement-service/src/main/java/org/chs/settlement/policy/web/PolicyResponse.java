package org.chs.settlement.policy.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.chs.settlement.policy.BenefitPolicy;
import org.chs.settlement.policy.HospitalLevel;
import org.chs.settlement.policy.Scheme;

/** A 参保地政策 as the API shows it. */
public record PolicyResponse(String region, Scheme scheme, int year, Map<HospitalLevel, BigDecimal> deductibles,
                             Map<HospitalLevel, BigDecimal> ratios, BigDecimal annualCap, BigDecimal referralReductionPoints,
                             BigDecimal unreferredReductionPoints, Long version, Instant createdAt, String createdBy,
                             Instant updatedAt, String updatedBy) {

    static PolicyResponse of(BenefitPolicy p) {
        return new PolicyResponse(p.region(), p.scheme(), p.year(), new TreeMap<>(p.deductibles()), new TreeMap<>(p.ratios()),
                p.annualCap(), p.referralReductionPoints(), p.unreferredReductionPoints(), p.version(), p.createdAt(), p.createdBy(),
                p.updatedAt(), p.updatedBy());
    }
}
