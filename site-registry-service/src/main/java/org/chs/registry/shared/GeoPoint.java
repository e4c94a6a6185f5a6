package org.chs.registry.shared;

/**
 * 地理坐标 — a WGS-84 position (latitude, longitude in decimal degrees) of an area's centroid or a service point.
 *
 * <p>Distances are computed here, in Java, because the embedded MongoDB ignores geo indexes and {@code $near} (ARCHITECTURE §6).
 */
public record GeoPoint(double latitude, double longitude) {

    /** Mean Earth radius (IUGG), good to ~0.5 % for the haversine formula, far below the error of a straight-line travel model. */
    static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (Double.isNaN(latitude) || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("latitude must be between -90 and 90");
        }
        if (Double.isNaN(longitude) || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("longitude must be between -180 and 180");
        }
    }

    /** Great-circle (haversine) distance in kilometres. */
    public double distanceKmTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
