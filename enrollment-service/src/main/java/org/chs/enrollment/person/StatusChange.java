package org.chs.enrollment.person;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 状态变更记录 — one change of an insured person's status, with why and from when.
 *
 * @param from              status before
 * @param to                status after
 * @param reason            why, as entered
 * @param effectiveDate     the day the new status applies from (eligibility on earlier days is unaffected)
 * @param destinationRegion the pooling region moved to, for a transfer out
 * @param changedAt         when it was recorded
 * @param changedBy         who recorded it
 * @param handlingId        the handling that did it
 */
public record StatusChange(PersonStatus from, PersonStatus to, String reason, LocalDate effectiveDate, String destinationRegion,
                           Instant changedAt, String changedBy, String handlingId) {
}
