package org.chs.evaluation.scoring;

import java.math.BigDecimal;

/**
 * 评估员评分 — one evaluator's score of one item (or the KPI's, for a metric item).
 *
 * @param evaluator the evaluator's user name, or {@code KPI}
 * @param score     scale 2
 */
public record EvaluatorScore(String evaluator, BigDecimal score) {
}
