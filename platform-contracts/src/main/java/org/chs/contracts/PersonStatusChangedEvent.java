package org.chs.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 参保状态变更 — an insured person was suspended, resumed, terminated, transferred out or recorded as deceased.
 *
 * @param personId          enrollment-service's person id
 * @param scheme            {@code EMPLOYEE} or {@code URBAN_RURAL_RESIDENT}
 * @param fromStatus        {@code ACTIVE}, {@code SUSPENDED}, {@code TERMINATED}, {@code TRANSFERRED_OUT} or {@code DECEASED}
 * @param toStatus          the new status, same values
 * @param reason            why, as entered
 * @param effectiveDate     the day the new status applies from
 * @param destinationRegion the pooling region moved to, for {@code TRANSFERRED_OUT}; otherwise {@code null}
 * @param handlingId        the handling (办件) that did it
 * @param changedAt         when it was recorded
 */
public record PersonStatusChangedEvent(String personId, String scheme, String fromStatus, String toStatus, String reason,
                                       LocalDate effectiveDate, String destinationRegion, String handlingId, Instant changedAt) {
}
