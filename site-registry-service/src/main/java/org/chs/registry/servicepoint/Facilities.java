package org.chs.registry.servicepoint;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * 网点设施 — what a point has, as the demonstration-site standards measure it: indoor service floor area (m²), handling staff,
 * self-service all-in-one machines, functional zones and opening hours.
 */
public record Facilities(BigDecimal floorAreaSquareMetres, int staffCount, int selfServiceMachines, Set<FunctionalZone> zones,
                         List<OpeningPeriod> openingHours) {

    public Facilities {
        zones = zones == null ? Set.of() : Set.copyOf(zones);
        openingHours = openingHours == null ? List.of() : List.copyOf(openingHours);
    }
}
