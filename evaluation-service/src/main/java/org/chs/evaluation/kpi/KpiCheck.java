package org.chs.evaluation.kpi;

import java.math.BigDecimal;

/**
 * 指标对标 — a KPI against the source's standard.
 *
 * @param kpi        e.g. {@code AVERAGE_WAITING_MINUTES}
 * @param value      the point's value, {@code null} without data
 * @param comparison {@code <=} or {@code >=}
 * @param bound      the standard (e.g. 15)
 * @param met        whether it is met; {@code null} without data
 * @param source     where the standard comes from
 */
public record KpiCheck(String kpi, BigDecimal value, String comparison, BigDecimal bound, Boolean met, String source) {

    static KpiCheck atMost(String kpi, BigDecimal value, BigDecimal bound, String source) {
        return new KpiCheck(kpi, value, "<=", bound, value == null ? null : value.compareTo(bound) <= 0, source);
    }

    static KpiCheck atLeast(String kpi, BigDecimal value, BigDecimal bound, String source) {
        return new KpiCheck(kpi, value, ">=", bound, value == null ? null : value.compareTo(bound) >= 0, source);
    }
}
