package org.chs.registry.area;

import org.chs.registry.shared.GeoPoint;

/** 新增行政区划 — the command to add an area under its parent. */
public record RegisterArea(String code, String name, AreaLevel level, String parentCode, long population, GeoPoint centroid,
                           boolean urbanKeyArea) {
}
