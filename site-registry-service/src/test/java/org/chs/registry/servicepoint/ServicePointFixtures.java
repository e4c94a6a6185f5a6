package org.chs.registry.servicepoint;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.chs.registry.area.AreaCodes;
import org.chs.registry.shared.GeoPoint;

/** Service points for tests, built through the aggregate's own factory. */
public final class ServicePointFixtures {

    public static final Instant AT = Instant.parse("2026-05-15T02:00:00Z");

    private ServicePointFixtures() {
    }

    public static Facilities facilities(int floorArea, int staff, int machines, Set<FunctionalZone> zones) {
        return new Facilities(BigDecimal.valueOf(floorArea), staff, machines, zones,
                List.of(new OpeningPeriod(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 30), LocalTime.of(17, 0))));
    }

    public static Facilities fullFacilities() {
        return facilities(180, 4, 2, EnumSet.allOf(FunctionalZone.class));
    }

    public static ServicePoint point(String id, ServicePointType type, String areaCode, double lat, double lon) {
        return point(id, type, areaCode, lat, lon, fullFacilities());
    }

    public static ServicePoint point(String id, ServicePointType type, String areaCode, double lat, double lon, Facilities facilities) {
        PartnerOrganisation partner = switch (type) {
            case BANK_BRANCH -> new PartnerOrganisation(PartnerKind.BANK, "农商银行", "bank-rcb");
            case HOSPITAL_WINDOW -> new PartnerOrganisation(PartnerKind.HOSPITAL, "淳安县第一人民医院", "inst-chunan-first-peoples");
            default -> null;
        };
        List<String> chain = new java.util.ArrayList<>(AreaCodes.ancestorsOf(areaCode));
        chain.add(areaCode);
        return ServicePoint.register(id, new RegisterServicePoint(id, type, areaCode, "point " + id, "address", new GeoPoint(lat, lon),
                partner, facilities), chain, "admin", AT);
    }

    /** The point, suspended. */
    public static ServicePoint suspended(ServicePoint point) {
        point.changeStatus(ServicePointStatus.SUSPENDED, "renovation", "admin", AT);
        return point;
    }
}
