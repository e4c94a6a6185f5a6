package org.chs.registry.servicepoint;

/** 网点查询条件 — optional filters of the point list; {@code areaCode} matches points in that area or anywhere below it. */
public record ServicePointFilter(ServicePointType type, ServicePointStatus status, String areaCode) {
}
