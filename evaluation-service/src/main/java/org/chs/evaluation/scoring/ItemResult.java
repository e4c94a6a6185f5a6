package org.chs.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * 评分项得分 — the score of one item: the average over its evaluators, each evaluator's score and every point lost.
 *
 * @param categoryCode the item's category
 * @param itemCode     the item
 * @param name         English name
 * @param nameZh       Chinese name
 * @param rule         the rule kind
 * @param maxPoints    the item's points
 * @param score        the average over the evaluators who scored it (or the metric result), scale 2
 * @param byEvaluator  each evaluator's score, in the order they are stored
 * @param losses       every reason points were lost
 * @param note         e.g. the KPI value against its bound, or the veto/precondition finding
 */
public record ItemResult(String categoryCode, String itemCode, String name, String nameZh, RuleKind rule, BigDecimal maxPoints,
                         BigDecimal score, List<EvaluatorScore> byEvaluator, List<PointLoss> losses, String note) {
}
