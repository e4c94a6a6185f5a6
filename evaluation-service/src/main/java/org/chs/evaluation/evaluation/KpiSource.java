package org.chs.evaluation.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.chs.evaluation.scoring.Metric;

/** Port: the KPI values (考核指标) of a service point over a period, for the metric items (a missing value means no data). */
public interface KpiSource {

    Map<Metric, BigDecimal> metrics(String servicePointId, LocalDate from, LocalDate to);
}
