package org.chs.registry.authorisation.web;

import java.math.BigDecimal;
import java.util.List;

import org.chs.registry.authorisation.DelegationReport;
import org.chs.registry.authorisation.DelegationRow;
import org.chs.registry.servicepoint.ServicePointStatus;
import org.chs.registry.servicepoint.ServicePointType;

/** 事项下放报告 — the delegation report as the API shows it. */
record DelegationReportResponse(String countyCode, int catalogueVersion, int countyListSize, int minSharePercent, int pointCount,
                                int meetingRule, List<Row> points) {

    /** One township or village/community point. */
    record Row(String servicePointId, String name, ServicePointType type, String areaCode, ServicePointStatus status,
               int handleableItems, int countyListSize, BigDecimal sharePercent, boolean meetsRule) {

        static Row of(DelegationRow r) {
            return new Row(r.servicePointId(), r.name(), r.type(), r.areaCode(), r.status(), r.handleableItems(), r.countyListSize(),
                    r.sharePercent(), r.meetsRule());
        }
    }

    static DelegationReportResponse of(DelegationReport r) {
        return new DelegationReportResponse(r.countyCode(), r.catalogueVersion(), r.countyListSize(), r.minSharePercent(), r.pointCount(),
                r.meetingRule(), r.points().stream().map(Row::of).toList());
    }
}
