package org.chs.registry.area.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.chs.registry.area.AreaLevel;
import org.chs.registry.area.DescribeArea;
import org.chs.registry.area.RegisterArea;
import org.chs.registry.web.Coordinates;

/** 行政区划请求 — the request bodies of the area endpoints. */
final class AreaRequests {

    private AreaRequests() {
    }

    /** Registers an area; the code rules per level are checked by the domain (400 naming the rule). */
    record RegisterAreaRequest(
            @NotBlank @Size(max = 12) String code,
            @NotBlank @Size(max = 64) String name,
            @NotNull AreaLevel level,
            @Size(max = 12) String parentCode,
            @NotNull @PositiveOrZero @Max(2_000_000_000L) Long population,
            @NotNull @Valid Coordinates centroid,
            Boolean urbanKeyArea) {

        RegisterArea toCommand() {
            return new RegisterArea(code.trim(), name.trim(), level, parentCode == null || parentCode.isBlank() ? null : parentCode.trim(),
                    population, centroid.toGeoPoint(), Boolean.TRUE.equals(urbanKeyArea));
        }
    }

    /** Corrects an area's description. */
    record DescribeAreaRequest(
            @NotBlank @Size(max = 64) String name,
            @NotNull @PositiveOrZero @Max(2_000_000_000L) Long population,
            @NotNull @Valid Coordinates centroid,
            Boolean urbanKeyArea) {

        DescribeArea toCommand() {
            return new DescribeArea(name.trim(), population, centroid.toGeoPoint(), Boolean.TRUE.equals(urbanKeyArea));
        }
    }
}
