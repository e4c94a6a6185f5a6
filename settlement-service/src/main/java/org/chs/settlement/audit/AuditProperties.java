package org.chs.settlement.audit;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit rules' thresholds ({@code chs.settlement.audit.*}); the sources name the violations but give no numbers.
 *
 * @param readmissionDays     an admission this many days or fewer after a discharge is flagged as decomposed hospitalisation
 * @param repeatChargeMaxPerDay how many lines of one item one day may carry before it is a repeat charge
 * @param blockingRules       rules that refuse the settlement instead of only flagging it (none by default)
 */
@ConfigurationProperties("chs.settlement.audit")
public record AuditProperties(@DefaultValue("15") int readmissionDays, @DefaultValue("1") int repeatChargeMaxPerDay,
                              @DefaultValue Set<AuditRule> blockingRules) {

    public AuditProperties {
        blockingRules = blockingRules == null ? Set.of() : Set.copyOf(blockingRules);
    }
}
