package org.chs.enrollment.person;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;

/**
 * 参保政策参数 — the configurable rules of enrolment and coverage ({@code chs.enrollment.policy.*}, bound by
 * {@code config.EnrolmentPolicyProperties}; {@link #defaults()} are the same defaults).
 *
 * @param zone                            the agency's time zone: the "day" of a handling and of "today"
 * @param newbornCoverageStart            from when a newborn is covered
 * @param newbornMaximumAge               how old a child may be and still be enrolled as a newborn
 * @param newbornCoveredInBirthYear       whether a newborn is covered in its birth year without a contribution
 * @param minimumContribution             per scheme and year, the amount (yuan) that must be paid to be covered in that year;
 *                                        a year not listed needs any positive contribution
 */
public record EnrolmentPolicy(java.time.ZoneId zone, CoverageStart newbornCoverageStart, Period newbornMaximumAge,
                              boolean newbornCoveredInBirthYear, Map<Scheme, Map<Integer, BigDecimal>> minimumContribution) {

    public EnrolmentPolicy {
        minimumContribution = minimumContribution == null ? Map.of() : Map.copyOf(minimumContribution);
    }

    /** The amount that covers a person of this scheme for the year; one fen when nothing is configured. */
    public BigDecimal minimumContribution(Scheme scheme, int year) {
        return minimumContribution.getOrDefault(scheme, Map.of()).getOrDefault(year, new BigDecimal("0.01"));
    }

    public static EnrolmentPolicy defaults() {
        return new EnrolmentPolicy(java.time.ZoneId.of("Asia/Shanghai"), CoverageStart.BIRTH_DATE, Period.ofYears(1), true, Map.of());
    }
}
