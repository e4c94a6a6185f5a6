package org.chs.registry.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.chs.registry.shared.GeoPoint;

/** 坐标 — a WGS-84 position in requests and responses, in decimal degrees. */
public record Coordinates(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {

    public GeoPoint toGeoPoint() {
        return new GeoPoint(latitude, longitude);
    }

    public static Coordinates of(GeoPoint point) {
        return point == null ? null : new Coordinates(point.latitude(), point.longitude());
    }
}
