package org.chs.contracts;

/**
 * 服务网点登记 — a service point (county hall, station, bank branch or hospital window) joined the service network.
 *
 * @param servicePointId      the registry's id of the point
 * @param name                display name
 * @param type                {@code COUNTY_HALL}, {@code TOWNSHIP_STATION}, {@code VILLAGE_STATION}, {@code COMMUNITY_STATION},
 *                            {@code BANK_BRANCH} or {@code HOSPITAL_WINDOW}
 * @param areaCode            administrative-area code (GB/T 2260 style) the point belongs to
 * @param partnerOrganisation the bank or hospital running the point, {@code null} for agency points
 */
public record ServicePointRegisteredEvent(String servicePointId, String name, String type, String areaCode,
                                          String partnerOrganisation) {
}
