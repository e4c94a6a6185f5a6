package org.chs.contracts;

import java.time.LocalDate;

/**
 * 示范点申报状态变更 — a declaration moved in its lifecycle (DECLARED → UNDER_CONSTRUCTION → CONSTRUCTED → UNDER_REVIEW → SCORED →
 * AWARDED / NOT_SELECTED / VETOED), or an awarded site was nominated to the next level.
 *
 * @param declarationId  the declaration
 * @param batchId        its batch
 * @param servicePointId the declared point
 * @param status         the new status
 * @param previousStatus the status before (equal to {@code status} for a nomination)
 * @param awardedLevel   the highest level awarded so far ({@code COUNTY}, {@code CITY}, {@code PROVINCIAL}, {@code NATIONAL}), or
 *                       {@code null}
 * @param nominatedLevel the level the site is nominated to, or {@code null}
 * @param effectiveOn    the date the change took effect (Asia/Shanghai)
 * @param reason         why, as entered or as received from evaluation-service
 */
public record DemonstrationSiteStatusChangedEvent(String declarationId, String batchId, String servicePointId, String status,
                                                  String previousStatus, String awardedLevel, String nominatedLevel,
                                                  LocalDate effectiveOn, String reason) {
}
