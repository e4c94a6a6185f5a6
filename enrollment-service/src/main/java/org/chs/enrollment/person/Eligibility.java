package org.chs.enrollment.person;

import java.time.LocalDate;
import java.util.List;

/**
 * 待遇享受资格 — whether an insured person may receive benefits on a date, and why not.
 *
 * @param date           the date asked about
 * @param status         the person's status on that date
 * @param covered        enrolled and paid up for that date (coverage started, contribution for the year recorded)
 * @param eligible       covered and active
 * @param reasons        machine-readable reasons when not eligible: {@code BEFORE_COVERAGE_START}, {@code STATUS_SUSPENDED},
 *                       {@code NO_CONTRIBUTION_FOR_YEAR}, …
 * @param qualifications the chronic/special disease qualifications valid on that date
 */
public record Eligibility(LocalDate date, PersonStatus status, boolean covered, boolean eligible, List<String> reasons,
                          List<Qualification> qualifications) {
}
