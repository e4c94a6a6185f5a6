package org.chs.contracts;

/**
 * 示范点授牌 — evaluation-service published the result of a batch: this declared site is awarded a demonstration-site plaque at a
 * level; site-registry records the level on the declaration.
 *
 * @param declarationId  the declaration
 * @param batchId        the declaration batch
 * @param servicePointId the awarded point
 * @param level          {@code COUNTY}, {@code CITY}, {@code PROVINCIAL} or {@code NATIONAL}
 * @param year           the award year
 * @param rank           the site's rank in its batch and category, or {@code null}
 */
public record DemonstrationSiteAwardedEvent(String declarationId, String batchId, String servicePointId, String level, int year,
                                            Integer rank) {
}
