package org.chs.registry.area;

import org.chs.registry.shared.GeoPoint;

/** 修改行政区划 — the command to correct an area's name, population, centroid or urban-key-area flag (code and parent are its identity). */
public record DescribeArea(String name, long population, GeoPoint centroid, boolean urbanKeyArea) {
}
