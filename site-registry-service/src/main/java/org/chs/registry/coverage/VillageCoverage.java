package org.chs.registry.coverage;

import org.chs.registry.servicepoint.ServicePointType;

/**
 * 村服务圈覆盖 — one village or community: whether an active point is within its service circle, and the nearest point by travel
 * time ({@code null} fields when the county has no active point at all).
 */
public record VillageCoverage(String code, String name, String townshipCode, long population, boolean urbanKeyArea, int circleMinutes,
                              boolean covered, String nearestPointId, String nearestPointName, ServicePointType nearestPointType,
                              Double distanceKm, Double travelMinutes) {
}
