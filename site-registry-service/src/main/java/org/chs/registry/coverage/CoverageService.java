package org.chs.registry.coverage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.registry.area.AdministrativeArea;
import org.chs.registry.area.AreaLevel;
import org.chs.registry.area.AreaService;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointService;
import org.chs.registry.servicepoint.ServicePointType;
import org.springframework.stereotype.Service;

/**
 * 服务圈服务 — the 30-minute (15 in urban key areas) service-circle report of a county, computed in Java from the villages'
 * centroids and the active points' locations with the configured {@link TravelModel}.
 */
@Service
public class CoverageService {

    private final AreaService areas;
    private final ServicePointService points;
    private final TravelModel defaultModel;

    public CoverageService(AreaService areas, ServicePointService points, TravelModel defaultModel) {
        this.areas = areas;
        this.points = points;
        this.defaultModel = defaultModel;
    }

    public TravelModel defaultModel() {
        return defaultModel;
    }

    /**
     * @param model      the travel model (the configured one, or a what-if variant)
     * @param pointTypes the point types that count; empty means all (the circle is the whole network, third parties included)
     */
    public CoverageReport report(String countyCode, TravelModel model, Set<ServicePointType> pointTypes) {
        AdministrativeArea county = areas.get(countyCode);
        if (county.level() != AreaLevel.COUNTY) {
            throw BusinessRuleException.generic("county-level", "countyCode", countyCode + " is a " + county.level() + ", not a county");
        }
        List<AdministrativeArea> villages = areas.allUnder(county.code(), AreaLevel.VILLAGE);
        Set<String> urbanTownships = areas.allUnder(county.code(), AreaLevel.TOWNSHIP).stream().filter(AdministrativeArea::urbanKeyArea)
                .map(AdministrativeArea::code).collect(Collectors.toCollection(HashSet::new));
        if (county.urbanKeyArea()) {
            urbanTownships.add(county.code());
        }
        List<ServicePoint> active = points.allIn(county.code()).stream().filter(ServicePoint::active)
                .filter(p -> pointTypes.isEmpty() || pointTypes.contains(p.type())).filter(p -> p.location() != null).toList();
        return CoverageCalculator.compute(county, villages, urbanTownships, active, model);
    }
}
