package org.chs.evaluation.evaluation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chs.evaluation.evaluation.web.EvaluationResponses.EvaluatorScoreResponse;
import org.chs.evaluation.evaluation.web.EvaluationResponses.ItemScoreResponse;
import org.chs.evaluation.evaluation.web.EvaluationResponses.PointLossResponse;
import org.chs.evaluation.evaluation.web.EvaluationResponses.ScorecardResponse;
import org.chs.evaluation.scoring.Metric;
import org.chs.evaluation.scoring.Outcome;
import org.chs.evaluation.scoring.RuleKind;

/** A finalised scorecard with a check item, a capped per-case item and a metric item (whose note may be given). */
final class ScorecardFixtures {

    private ScorecardFixtures() {
    }

    static ScorecardResponse card(String note) {
        List<ItemScoreResponse> items = List.of(
                new ItemScoreResponse("G-SERVICE", "G5", "Service items", "服务事项", RuleKind.CHECK, new BigDecimal("12"),
                        new BigDecimal("10.50"), List.of(new EvaluatorScoreResponse("evaluator-1", new BigDecimal("12.00")),
                                new EvaluatorScoreResponse("evaluator-2", new BigDecimal("9.00"))),
                        List.of(new PointLossResponse(RuleKind.CHECK, "①", null, new BigDecimal("3.00"), "evaluator-2",
                                "clause ① not met")), null),
                new ItemScoreResponse("D-III", "D10", "Standardised charging", "规范医疗收费", RuleKind.PER_CASE_DEDUCTION,
                        new BigDecimal("10"), new BigDecimal("3.00"), List.of(),
                        List.of(new PointLossResponse(RuleKind.PER_CASE_DEDUCTION, "③", 3, new BigDecimal("6.00"), "evaluator-1",
                                        "3 case(s) under clause ③ at -2 per case"),
                                new PointLossResponse(RuleKind.PER_CASE_DEDUCTION, null, null, new BigDecimal("-1.00"), "evaluator-1",
                                        "deduction capped at 7 points")), null),
                new ItemScoreResponse("G-SERVICE", "K2", "Average waiting time", "群众平均等候时间不超过15分钟", RuleKind.METRIC_THRESHOLD,
                        new BigDecimal("6"), new BigDecimal("6.00"), List.of(), List.of(),
                        note == null ? "AVERAGE_WAITING_MINUTES = 12.00, required AVERAGE_WAITING_MINUTES <= 15" : note));
        return new ScorecardResponse("evl-1", "dcl-1", "sp-fenkou-township", "汾口镇医保服务站", "GRASSROOTS_TOWNSHIP",
                "GRASSROOTS_SITE:v1", Outcome.SCORED, new BigDecimal("86.50"), new BigDecimal("100"), List.of(), List.of(), items,
                Map.of(Metric.AVERAGE_WAITING_MINUTES, new BigDecimal("12.00")), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Set.of(), Map.of(), "admin", Instant.parse("2026-09-20T02:00:00Z"));
    }
}
