package org.chs.registry.authorisation;

import java.math.BigDecimal;

import org.chs.registry.servicepoint.ServicePointStatus;
import org.chs.registry.servicepoint.ServicePointType;

/** 下放事项比例 — one grassroots point: how many items of the county list it may handle and whether that meets the 30 % rule. */
public record DelegationRow(String servicePointId, String name, ServicePointType type, String areaCode, ServicePointStatus status,
                           int handleableItems, int countyListSize, BigDecimal sharePercent, int minSharePercent,
                           boolean meetsRule) {
}
