package org.chs.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 参保登记 — a person was enrolled in a scheme (a newborn too). Carries no ID number, name or birth date: consumers that need
 * a person's data ask enrollment-service's eligibility query.
 *
 * @param personId       enrollment-service's person id
 * @param scheme         {@code EMPLOYEE} or {@code URBAN_RURAL_RESIDENT}
 * @param poolingRegion  pooling region (area code) the person is insured in
 * @param coverageStart  first day of coverage
 * @param newborn        enrolled as a newborn (新生儿参保)
 * @param parentPersonId the parent's person id for a newborn, otherwise {@code null}
 * @param handlingId     the handling (办件) that enrolled the person
 * @param enrolledAt     when
 */
public record PersonEnrolledEvent(String personId, String scheme, String poolingRegion, LocalDate coverageStart, boolean newborn,
                                  String parentPersonId, String handlingId, Instant enrolledAt) {
}
