package org.chs.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * 评分结果 — the engine's answer for one site.
 *
 * @param outcome         scored, vetoed or ineligible
 * @param total           the total score (scale 2, HALF_UP once, at the end); {@code null} when ineligible
 * @param maxTotal        the standard's best possible score
 * @param items           every item's result, in the standard's order (empty when ineligible)
 * @param reasons         why vetoed or ineligible, in words (empty when scored)
 * @param missingFindings items that need evaluator findings and have none; the evaluation cannot be finalised until empty
 */
public record ScoreResult(Outcome outcome, BigDecimal total, BigDecimal maxTotal, List<ItemResult> items, List<String> reasons,
                          List<String> missingFindings) {
}
