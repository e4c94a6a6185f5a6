package org.chs.evaluation.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * 网点指标总览 — the KPIs of every service point with data over one period, each against the standards: what the county
 * overview ranks the points by.
 *
 * @param points one entry per point with at least one handling, review or rectification in the period, in id order
 */
public record KpiOverview(LocalDate from, LocalDate to, List<PointKpis> points) {

    /** One point's totals over the period and the totals' checks, as in its {@link KpiReport}. */
    public record PointKpis(String servicePointId, KpiFigures totals, List<KpiCheck> checks) {
    }
}
