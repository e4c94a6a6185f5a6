package org.chs.evaluation.scoring;

import java.math.BigDecimal;

/**
 * 失分说明 — one reason an item lost points, as one evaluator (or the KPI) saw it.
 *
 * @param itemCode    the item
 * @param rule        the rule kind that deducted
 * @param clause      the clause (or clause group, e.g. {@code ③④}) concerned, {@code null} for a metric
 * @param cases       cases found (per-case deductions), otherwise {@code null}
 * @param points      points lost by this reason, before averaging over evaluators, scale 2
 * @param evaluator   who found it; {@code KPI} for metric items
 * @param explanation in words
 */
public record PointLoss(String itemCode, RuleKind rule, String clause, Integer cases, BigDecimal points, String evaluator,
                        String explanation) {
}
