package org.chs.settlement.institution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.settlement.policy.HospitalLevel;

/**
 * 定点医疗机构登记 — a designated institution as the register knows it: where it treats (which decides the catalogue and the
 * clearing payee) and its hospital level over time (which decides the deductible and the ratio). Both are kept by the agency
 * and never taken from the institution's own requests (ARCHITECTURE §7).
 *
 * @param levels the level history, oldest first; empty when the agency has not graded the institution
 */
public record RegisteredInstitution(String institutionId, String treatmentRegion, List<LevelPeriod> levels, Instant updatedAt,
                                    String updatedBy) {

    public RegisteredInstitution {
        levels = levels == null ? List.of() : levels.stream().sorted(Comparator.comparing(LevelPeriod::effectiveFrom)).toList();
    }

    /** The level in force on a date: the latest entry that started on or before it. */
    public Optional<HospitalLevel> levelOn(LocalDate date) {
        HospitalLevel inForce = null;
        for (LevelPeriod period : levels) {
            if (period.effectiveFrom().isAfter(date)) {
                break;
            }
            inForce = period.level();
        }
        return Optional.ofNullable(inForce);
    }

    /**
     * The level a bill admitted on {@code admissionDate} is settled at. A level the request declares is only checked against it.
     *
     * @param declared the level the request names, {@code null} when it names none
     * @throws BusinessRuleException {@code no-hospital-level} when the register holds no level in force on the date;
     *                               {@code hospital-level-mismatch} when the declared level differs from the register's
     */
    public HospitalLevel levelForAdmission(LocalDate admissionDate, HospitalLevel declared) {
        HospitalLevel registered = levelOn(admissionDate).orElseThrow(() -> new BusinessRuleException("no-hospital-level",
                "No hospital level in force", "The institution register holds no hospital level of " + institutionId + " in force on "
                + admissionDate + "; ask the agency to record the institution's level", Map.of("institutionId", institutionId,
                "admissionDate", admissionDate.toString())));
        if (declared != null && declared != registered) {
            throw new BusinessRuleException("hospital-level-mismatch", "Hospital level differs from the register", "The request names "
                    + declared + " but the institution register holds " + registered + " for " + institutionId + " on " + admissionDate
                    + "; the register's level applies, send it or omit hospitalLevel", Map.of("declaredLevel", declared.name(),
                    "registeredLevel", registered.name(), "institutionId", institutionId, "admissionDate", admissionDate.toString()));
        }
        return registered;
    }
}
