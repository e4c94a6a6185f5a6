package org.chs.registry.area;

import org.chs.registry.shared.GeoPoint;

/** Areas for tests: a county with a township and villages, built through the aggregate's own factory. */
public final class AreaFixtures {

    public static final String COUNTY = "330127";
    public static final String TOWNSHIP = "330127107";
    public static final String VILLAGE = "330127107201";

    private AreaFixtures() {
    }

    public static AdministrativeArea area(String code, AreaLevel level, String parent, long population, double lat, double lon,
                                          boolean urban) {
        return AdministrativeArea.register(new RegisterArea(code, "area " + code, level, parent, population, new GeoPoint(lat, lon), urban));
    }

    public static AdministrativeArea county() {
        return area(COUNTY, AreaLevel.COUNTY, "3301", 460_000, 29.605, 119.042, false);
    }

    public static AdministrativeArea township(String code, double lat, double lon, boolean urban) {
        return area(code, AreaLevel.TOWNSHIP, COUNTY, 36_000, lat, lon, urban);
    }

    public static AdministrativeArea village(String code, double lat, double lon, long population) {
        return area(code, AreaLevel.VILLAGE, code.substring(0, 9), population, lat, lon, false);
    }
}
