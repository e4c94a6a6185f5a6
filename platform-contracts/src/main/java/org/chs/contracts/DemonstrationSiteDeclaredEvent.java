package org.chs.contracts;

import java.time.LocalDate;

/**
 * 示范点申报 — a service point was declared as a candidate demonstration site in a batch; evaluation-service opens an evaluation
 * for it.
 *
 * @param declarationId    the registry's id of the declaration; every later event about the site carries it
 * @param batchId          the declaration batch (申报批次)
 * @param servicePointId   the declared point
 * @param servicePointName its name at declaration
 * @param servicePointType {@code TOWNSHIP_STATION}, {@code VILLAGE_STATION}, {@code COMMUNITY_STATION}, {@code HOSPITAL_WINDOW} or
 *                         {@code BANK_BRANCH}
 * @param category         {@code GRASSROOTS_TOWNSHIP}, {@code GRASSROOTS_VILLAGE}, {@code MEDICAL_INSTITUTION} or
 *                         {@code BANK_COOPERATION}: which scoring standard applies
 * @param level            the level of the selection: {@code COUNTY}, {@code CITY}, {@code PROVINCIAL} or {@code NATIONAL}
 * @param year             the batch year
 * @param areaCode         the point's administrative area
 * @param declaredOn       the date of the declaration (Asia/Shanghai)
 */
public record DemonstrationSiteDeclaredEvent(String declarationId, String batchId, String servicePointId, String servicePointName,
                                             String servicePointType, String category, String level, int year, String areaCode,
                                             LocalDate declaredOn) {
}
