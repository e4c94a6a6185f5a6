package org.chs.settlement.eligibility;

import java.time.LocalDate;
import java.util.List;

import org.chs.settlement.policy.Scheme;

/**
 * 参保资格 — enrollment's answer whether a person is insured and may receive benefits on a date, with the chronic/special
 * outpatient disease qualifications (门慢特病资格) they hold. The ID number is never kept: only the masked form and the person id.
 *
 * @param personId       enrollment's id of the person
 * @param maskedIdNumber e.g. {@code 330127********123X}
 * @param scheme         the scheme they are insured under
 * @param poolingRegion  the insured region (参保地), an area code
 * @param covered        insured on the date
 * @param eligible       may receive benefits on the date
 * @param reasons        why not, when not
 * @param qualifications disease qualifications with their validity
 */
public record Eligibility(String personId, String maskedIdNumber, String name, Scheme scheme, String poolingRegion, String status,
                          boolean covered, boolean eligible, List<String> reasons, List<Qualification> qualifications) {

    public Eligibility {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
    }

    /** 门慢特病资格 — a qualification for a disease from {@code validFrom} to {@code validTo} (open-ended when {@code null}). */
    public record Qualification(String diseaseCode, LocalDate validFrom, LocalDate validTo) {

        public boolean inForceOn(LocalDate date) {
            return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
        }
    }

    public boolean qualifiedFor(String diseaseCode, LocalDate date) {
        return qualifications.stream().anyMatch(q -> q.diseaseCode().equals(diseaseCode) && q.inForceOn(date));
    }
}
