package org.chs.registry.config;

import org.chs.registry.declaration.ConstructionStandards;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code chs.declaration.standards.*}: the construction standard's thresholds (示范点建设标准), defaults as the standard states them. */
@ConfigurationProperties("chs.declaration.standards")
public record ConstructionStandardsProperties(@DefaultValue("150") int minFloorAreaSquareMetres,
                                              @DefaultValue("2") int minSelfServiceMachines, @DefaultValue("3") int minStaff,
                                              @DefaultValue("2") int minStaffSmallPopulation,
                                              @DefaultValue("50000") long smallPopulationBelow) {

    public ConstructionStandards standards() {
        return new ConstructionStandards(minFloorAreaSquareMetres, minSelfServiceMachines, minStaff, minStaffSmallPopulation,
                smallPopulationBelow);
    }
}
