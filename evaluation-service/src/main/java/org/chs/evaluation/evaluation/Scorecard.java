package org.chs.evaluation.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.chs.evaluation.scoring.Metric;
import org.chs.evaluation.scoring.ScoreResult;

/**
 * 评分表 — the finalised result of an evaluation: the engine's result with every point lost, the KPI values it used, the
 * administrator's decisions, and who finalised it when.
 *
 * @param result      the engine's result
 * @param metrics     the KPI values of the period, as used for the metric items
 * @param kpiFrom     first day of the KPI period
 * @param kpiTo       last day of the KPI period
 * @param decisions   the administrator's veto and precondition decisions
 * @param finalizedBy the administrator
 * @param finalizedAt when
 */
public record Scorecard(ScoreResult result, Map<Metric, BigDecimal> metrics, LocalDate kpiFrom, LocalDate kpiTo, Decisions decisions,
                        String finalizedBy, Instant finalizedAt) {
}
