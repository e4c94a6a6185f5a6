package org.chs.registry.servicepoint;

import org.chs.registry.shared.GeoPoint;

/** 修改服务网点 — the command to update what a point is and has; its type and area are its identity and do not change. */
public record DescribeServicePoint(String name, String address, GeoPoint location, PartnerOrganisation partner, Facilities facilities) {
}
