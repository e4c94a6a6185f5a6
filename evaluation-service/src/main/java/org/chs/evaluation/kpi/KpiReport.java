package org.chs.evaluation.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 网点考核指标 — a point's KPIs over a period, compared with the source's standards, with the month-by-month figures.
 *
 * @param totals the whole period
 * @param checks the totals against ≤10 min, ≤15 min, ≥80 %, ≥90 % (and the direct-settlement target for hospitals)
 * @param months {@code 2026-05} → that month's figures (only months with data)
 */
public record KpiReport(String servicePointId, LocalDate from, LocalDate to, KpiFigures totals, List<KpiCheck> checks,
                        Map<String, KpiFigures> months) {
}
