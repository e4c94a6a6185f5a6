package org.chs.settlement.eligibility.enrollment;

import java.time.LocalDate;

/** The body of enrollment's eligibility check. */
record EligibilityRequest(String idNumber, LocalDate date) {
}
