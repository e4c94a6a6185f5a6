package org.chs.settlement.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.chs.settlement.shared.InvalidFieldException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 参保地政策 — the insured region's benefit policy for one scheme and year: deductible and reimbursement ratio by hospital
 * level, annual cap of fund payments, and the reductions for temporary care elsewhere ("参保地政策" of 就医地目录、参保地政策).
 */
@Document("policies")
public class BenefitPolicy {

    @Id
    private String id;
    @Version
    private Long version;
    private String region;
    private Scheme scheme;
    private int year;
    private Map<HospitalLevel, BigDecimal> deductibles = new EnumMap<>(HospitalLevel.class);
    private Map<HospitalLevel, BigDecimal> ratios = new EnumMap<>(HospitalLevel.class);
    private BigDecimal annualCap;
    private BigDecimal referralReductionPoints;
    private BigDecimal unreferredReductionPoints;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    BenefitPolicy() {
    }

    static String key(String region, Scheme scheme, int year) {
        return region + "|" + scheme + "|" + year;
    }

    static BenefitPolicy create(DefinePolicy command, Instant now) {
        BenefitPolicy policy = new BenefitPolicy();
        policy.id = key(command.region(), command.scheme(), command.year());
        policy.region = command.region();
        policy.scheme = command.scheme();
        policy.year = command.year();
        policy.createdAt = now;
        policy.createdBy = command.actor();
        policy.apply(command, now);
        return policy;
    }

    /** Replaces the terms; every level must have a deductible and a ratio, so no settlement can meet a gap. */
    void apply(DefinePolicy command, Instant now) {
        for (HospitalLevel level : HospitalLevel.values()) {
            BigDecimal deductible = command.deductibles() == null ? null : command.deductibles().get(level);
            BigDecimal ratio = command.ratios() == null ? null : command.ratios().get(level);
            if (deductible == null || deductible.signum() < 0) {
                throw new InvalidFieldException("deductibles." + level, "required", "a deductible of 0 or more is required for " + level);
            }
            if (ratio == null || ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
                throw new InvalidFieldException("ratios." + level, "range", "a ratio between 0 and 1 is required for " + level);
            }
        }
        checkPoints("referralReductionPoints", command.referralReductionPoints());
        checkPoints("unreferredReductionPoints", command.unreferredReductionPoints());
        if (command.annualCap() == null || command.annualCap().signum() < 0) {
            throw new InvalidFieldException("annualCap", "range", "the annual cap must be 0 or more");
        }
        deductibles = new EnumMap<>(command.deductibles());
        ratios = new EnumMap<>(command.ratios());
        annualCap = command.annualCap();
        referralReductionPoints = command.referralReductionPoints();
        unreferredReductionPoints = command.unreferredReductionPoints();
        updatedAt = now;
        updatedBy = command.actor();
    }

    private static void checkPoints(String field, BigDecimal points) {
        if (points == null || points.signum() < 0 || points.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidFieldException(field, "range", field + " must be between 0 and 100 percentage points");
        }
    }

    public BigDecimal deductible(HospitalLevel level) {
        return deductibles.get(level);
    }

    public BigDecimal ratio(HospitalLevel level) {
        return ratios.get(level);
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public String region() {
        return region;
    }

    public Scheme scheme() {
        return scheme;
    }

    public int year() {
        return year;
    }

    public Map<HospitalLevel, BigDecimal> deductibles() {
        return Map.copyOf(deductibles);
    }

    public Map<HospitalLevel, BigDecimal> ratios() {
        return Map.copyOf(ratios);
    }

    public BigDecimal annualCap() {
        return annualCap;
    }

    public BigDecimal referralReductionPoints() {
        return referralReductionPoints;
    }

    public BigDecimal unreferredReductionPoints() {
        return unreferredReductionPoints;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
