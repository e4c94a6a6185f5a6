package org.chs.registry.servicepoint;

import org.chs.registry.shared.GeoPoint;

/** 登记服务网点 — the command to add a point to the network; {@code id} may be {@code null} to have one generated. */
public record RegisterServicePoint(String id, ServicePointType type, String areaCode, String name, String address, GeoPoint location,
                                   PartnerOrganisation partner, Facilities facilities) {
}
