package org.chs.registry.servicepoint.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.chs.registry.servicepoint.FunctionalZone;
import org.chs.registry.servicepoint.OpeningPeriod;
import org.chs.registry.servicepoint.PartnerOrganisation;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointStatus;
import org.chs.registry.servicepoint.ServicePointType;
import org.chs.registry.servicepoint.StatusChange;
import org.chs.registry.web.Coordinates;

/** 服务网点 — a service point as the API shows it: description, facilities, status with history, and the audit trail. */
public record ServicePointResponse(String id, ServicePointType type, String areaCode, String name, String address, Coordinates location,
                                   PartnerOrganisation partner, BigDecimal floorAreaSquareMetres, int staffCount,
                                   int selfServiceMachines, Set<FunctionalZone> zones, List<OpeningPeriod> openingHours,
                                   ServicePointStatus status, List<StatusChange> statusHistory, long version, String createdBy,
                                   Instant createdAt, String lastModifiedBy, Instant lastModifiedAt) {

    static ServicePointResponse of(ServicePoint point) {
        var facilities = point.facilities();
        return new ServicePointResponse(point.id(), point.type(), point.areaCode(), point.name(), point.address(),
                Coordinates.of(point.location()), point.partner(), facilities.floorAreaSquareMetres(), facilities.staffCount(),
                facilities.selfServiceMachines(), facilities.zones(), facilities.openingHours(), point.status(), point.statusHistory(),
                point.version() == null ? 0 : point.version(), point.createdBy(), point.createdAt(), point.lastModifiedBy(),
                point.lastModifiedAt());
    }
}
