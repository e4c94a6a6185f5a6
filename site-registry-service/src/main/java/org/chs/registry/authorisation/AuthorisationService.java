package org.chs.registry.authorisation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

import org.chs.registry.catalogue.Catalogue;
import org.chs.registry.catalogue.CatalogueService;
import org.chs.registry.catalogue.HandlingLevel;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointService;
import org.springframework.stereotype.Service;

/**
 * 办理授权服务 — "may point P handle item X", every item P may handle, and the county's delegation report; answered from the
 * point's type and the in-memory current catalogue, so each call costs one lookup of the point by id.
 */
@Service
public class AuthorisationService {

    private final ServicePointService points;
    private final CatalogueService catalogue;
    private final DelegationProperties delegation;

    public AuthorisationService(ServicePointService points, CatalogueService catalogue, DelegationProperties delegation) {
        this.points = points;
        this.catalogue = catalogue;
        this.delegation = delegation;
    }

    public Authorisation authorise(String servicePointId, String itemCode) {
        return Authorisations.decide(points.get(servicePointId), catalogue.current(), itemCode);
    }

    public PointItems itemsFor(String servicePointId) {
        return Authorisations.itemsFor(points.get(servicePointId), catalogue.current());
    }

    /** The share of the county list a point of this level may handle, with the rule applied; for one point or a report. */
    public DelegationRow delegationOf(ServicePoint point) {
        return row(point, catalogue.current());
    }

    public DelegationReport delegationReport(String countyCode) {
        Catalogue current = catalogue.current();
        List<DelegationRow> rows = points.allIn(countyCode).stream().filter(p -> p.type().grassroots())
                .sorted(Comparator.comparing(ServicePoint::areaCode).thenComparing(ServicePoint::id))
                .map(p -> row(p, current)).toList();
        return new DelegationReport(countyCode, current.version(), current.countyListSize(), delegation.minSharePercent(), rows.size(),
                (int) rows.stream().filter(DelegationRow::meetsRule).count(), rows);
    }

    private DelegationRow row(ServicePoint point, Catalogue current) {
        HandlingLevel level = HandlingLevels.of(point.type());
        int items = current.itemsAt(level).size();
        int county = current.countyListSize();
        BigDecimal share = county == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(items * 100L).divide(BigDecimal.valueOf(county), 1, RoundingMode.HALF_UP);
        // Compare in integers: a rounded 30.0 % must not pass when the exact share is 29.96 %.
        boolean meets = county > 0 && items * 100L >= (long) delegation.minSharePercent() * county;
        return new DelegationRow(point.id(), point.name(), point.type(), point.areaCode(), point.status(), items, county, share,
                delegation.minSharePercent(), meets);
    }
}
