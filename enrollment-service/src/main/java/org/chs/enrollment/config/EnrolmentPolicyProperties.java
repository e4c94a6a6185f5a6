package org.chs.enrollment.config;

import java.math.BigDecimal;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;

import org.chs.enrollment.person.CoverageStart;
import org.chs.enrollment.person.EnrolmentPolicy;
import org.chs.enrollment.person.Scheme;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code chs.enrollment.policy.*}: the agency's enrolment policy parameters (参保政策参数), see {@link EnrolmentPolicy}. */
@ConfigurationProperties("chs.enrollment.policy")
public record EnrolmentPolicyProperties(@DefaultValue("Asia/Shanghai") ZoneId zone,
                                        @DefaultValue("BIRTH_DATE") CoverageStart newbornCoverageStart,
                                        @DefaultValue("P1Y") Period newbornMaximumAge,
                                        @DefaultValue("true") boolean newbornCoveredInBirthYear,
                                        Map<Scheme, Map<Integer, BigDecimal>> minimumContribution) {

    public EnrolmentPolicy policy() {
        return new EnrolmentPolicy(zone, newbornCoverageStart, newbornMaximumAge, newbornCoveredInBirthYear, minimumContribution);
    }
}
