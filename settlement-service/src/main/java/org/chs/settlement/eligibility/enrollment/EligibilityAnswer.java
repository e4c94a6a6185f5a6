package org.chs.settlement.eligibility.enrollment;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** enrollment's {@code POST /api/enrollment/eligibility-checks} answer, as it travels. */
@JsonIgnoreProperties(ignoreUnknown = true)
record EligibilityAnswer(String personId, String maskedIdNumber, String name, String scheme, String poolingRegion, String status,
                         Boolean covered, Boolean eligible, List<String> reasons, List<QualificationAnswer> qualifications) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QualificationAnswer(String diseaseCode, LocalDate validFrom, LocalDate validTo) {
    }
}
