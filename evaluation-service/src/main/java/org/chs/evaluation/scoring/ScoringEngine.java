package org.chs.evaluation.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 评分引擎 — computes a site's score from a standard, the evaluators' findings and the KPIs. Pure: no Spring, no I/O.
 *
 * <p>Order: preconditions first (an unmet one ends the evaluation unscored), then every item, then vetoes (a confirmed one
 * marks the result vetoed but keeps the score, so the scorecard still explains it). Item scores are the average over the
 * evaluators who scored the item. Intermediate values keep 10 decimals; the total is rounded to 2 decimals HALF_UP once, at
 * the end (displayed item scores are rounded on their own, so they may differ from the total by a cent).
 */
public final class ScoringEngine {

    /** Precision of intermediate values: enough that shares like 10/3 do not drift before the final rounding. */
    private static final int WORKING_SCALE = 10;
    public static final String KPI_EVALUATOR = "KPI";

    public ScoreResult score(ScoringInput input) {
        StandardDefinition standard = input.standard();
        List<String> ineligible = new ArrayList<>();
        standard.items().filter(i -> i.rule().kind() == RuleKind.ELIGIBILITY_PRECONDITION).forEach(item -> {
            String reason = input.failedPreconditions().get(item.code());
            if (reason != null) {
                ineligible.add(item.code() + " " + item.rule().condition() + ": " + reason);
            }
        });
        input.failedPreconditions().keySet().forEach(code -> {
            if (standard.item(code).filter(i -> i.rule().kind() == RuleKind.ELIGIBILITY_PRECONDITION).isEmpty()) {
                throw new IllegalArgumentException(code + " is not an eligibility precondition of " + standard.code());
            }
        });
        if (!ineligible.isEmpty()) {
            return new ScoreResult(Outcome.INELIGIBLE, null, standard.maxTotal(), List.of(), ineligible, List.of());
        }

        List<ItemResult> items = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> vetoes = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (CategoryDefinition category : standard.categories()) {
            for (ItemDefinition item : category.items()) {
                Scored scored = switch (item.rule().kind()) {
                    case CHECK, PER_CASE_DEDUCTION, PER_ITEM_DEDUCTION -> byEvaluators(item, input.findings());
                    case METRIC_THRESHOLD -> metric(item, input.metrics().get(item.rule().metric()));
                    case VETO -> veto(item, input, vetoes);
                    case ELIGIBILITY_PRECONDITION -> precondition(item, input.findings());
                };
                if (scored.missing) {
                    missing.add(item.code());
                }
                total = total.add(scored.score);
                items.add(new ItemResult(category.code(), item.code(), item.name(), item.nameZh(), item.rule().kind(),
                        item.maxPoints(), round(scored.score), scored.byEvaluator.entrySet().stream()
                                .map(e -> new EvaluatorScore(e.getKey(), e.getValue())).toList(), scored.losses, scored.note));
            }
        }
        input.confirmedVetoes().forEach(code -> {
            if (standard.item(code).filter(i -> i.rule().kind() == RuleKind.VETO).isEmpty()) {
                throw new IllegalArgumentException(code + " is not a veto item of " + standard.code());
            }
        });
        Outcome outcome = vetoes.isEmpty() ? Outcome.SCORED : Outcome.VETOED;
        return new ScoreResult(outcome, round(total), standard.maxTotal(), List.copyOf(items), List.copyOf(vetoes), List.copyOf(missing));
    }

    private record Scored(BigDecimal score, Map<String, BigDecimal> byEvaluator, List<PointLoss> losses, String note, boolean missing) {
    }

    private Scored byEvaluators(ItemDefinition item, Map<String, Map<String, Finding>> findings) {
        Map<String, BigDecimal> byEvaluator = new LinkedHashMap<>();
        List<PointLoss> losses = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, Map<String, Finding>> entry : findings.entrySet()) {
            Finding finding = entry.getValue().get(item.code());
            if (finding == null) {
                continue;
            }
            BigDecimal score = switch (item.rule().kind()) {
                case CHECK -> check(item, finding, entry.getKey(), losses);
                case PER_CASE_DEDUCTION -> perCase(item, finding, entry.getKey(), losses);
                case PER_ITEM_DEDUCTION -> perItem(item, finding, entry.getKey(), losses);
                default -> throw new IllegalStateException(item.rule().kind().name());
            };
            byEvaluator.put(entry.getKey(), round(score));
            sum = sum.add(score);
        }
        if (byEvaluator.isEmpty()) {
            return new Scored(BigDecimal.ZERO, Map.of(), List.of(), "no evaluator has scored this item", true);
        }
        BigDecimal average = sum.divide(BigDecimal.valueOf(byEvaluator.size()), WORKING_SCALE, RoundingMode.HALF_UP);
        String note = byEvaluator.size() > 1 ? "average of " + byEvaluator.size() + " evaluators" : null;
        return new Scored(average, byEvaluator, losses, note, false);
    }

    private BigDecimal check(ItemDefinition item, Finding finding, String evaluator, List<PointLoss> losses) {
        BigDecimal share = item.maxPoints().divide(BigDecimal.valueOf(item.clauses().size()), WORKING_SCALE, RoundingMode.HALF_UP);
        BigDecimal lost = BigDecimal.ZERO;
        for (Clause clause : item.clauses()) {
            if (!finding.clausesMet().contains(clause.code())) {
                lost = lost.add(share);
                losses.add(new PointLoss(item.code(), RuleKind.CHECK, clause.code(), null, round(share), evaluator,
                        "clause " + clause.code() + " not met"));
            }
        }
        return clampToItem(item, item.maxPoints().subtract(lost));
    }

    private BigDecimal perCase(ItemDefinition item, Finding finding, String evaluator, List<PointLoss> losses) {
        BigDecimal deduction = BigDecimal.ZERO;
        for (ClauseGroup group : item.rule().caseGroups()) {
            for (String clause : group.clauses()) {
                int cases = finding.casesPerClause().getOrDefault(clause, 0);
                if (cases > 0) {
                    BigDecimal points = group.pointsPerCase().multiply(BigDecimal.valueOf(cases));
                    deduction = deduction.add(points);
                    losses.add(new PointLoss(item.code(), RuleKind.PER_CASE_DEDUCTION, clause, cases, round(points), evaluator,
                            cases + " case(s) under clause " + clause + " at -" + group.pointsPerCase().stripTrailingZeros().toPlainString()
                                    + " per case"));
                }
            }
        }
        return applyCap(item, deduction, evaluator, losses);
    }

    private BigDecimal perItem(ItemDefinition item, Finding finding, String evaluator, List<PointLoss> losses) {
        BigDecimal deduction = BigDecimal.ZERO;
        for (Clause clause : item.clauses()) {
            if (!finding.clausesMet().contains(clause.code())) {
                deduction = deduction.add(item.rule().pointsPerClause());
                losses.add(new PointLoss(item.code(), RuleKind.PER_ITEM_DEDUCTION, clause.code(), null,
                        round(item.rule().pointsPerClause()), evaluator, "clause " + clause.code() + " not implemented"));
            }
        }
        return applyCap(item, deduction, evaluator, losses);
    }

    /** Caps the deduction (at the rule's cap, and in any case at the item's points) and notes what the cap gave back. */
    private BigDecimal applyCap(ItemDefinition item, BigDecimal deduction, String evaluator, List<PointLoss> losses) {
        BigDecimal cap = item.rule().cap() == null ? item.maxPoints() : item.rule().cap().min(item.maxPoints());
        if (deduction.compareTo(cap) > 0) {
            BigDecimal refund = deduction.subtract(cap);
            losses.add(new PointLoss(item.code(), item.rule().kind(), null, null, round(refund.negate()), evaluator,
                    "deduction capped at " + cap.stripTrailingZeros().toPlainString() + " points"));
            deduction = cap;
        }
        return clampToItem(item, item.maxPoints().subtract(deduction));
    }

    private Scored metric(ItemDefinition item, BigDecimal value) {
        Rule rule = item.rule();
        String bound = rule.metric() + " " + rule.comparison().symbol() + " " + rule.bound().stripTrailingZeros().toPlainString();
        if (value == null) {
            PointLoss loss = new PointLoss(item.code(), RuleKind.METRIC_THRESHOLD, null, null, round(item.maxPoints()), KPI_EVALUATOR,
                    "no data for " + rule.metric() + " in the period; required " + bound);
            return new Scored(BigDecimal.ZERO, Map.of(KPI_EVALUATOR, round(BigDecimal.ZERO)), List.of(loss), "no data", false);
        }
        String note = rule.metric() + " = " + value.setScale(2, RoundingMode.HALF_UP).toPlainString() + ", required " + bound;
        if (rule.comparison().holds(value, rule.bound())) {
            return new Scored(item.maxPoints(), Map.of(KPI_EVALUATOR, round(item.maxPoints())), List.of(), note, false);
        }
        PointLoss loss = new PointLoss(item.code(), RuleKind.METRIC_THRESHOLD, null, null, round(item.maxPoints()), KPI_EVALUATOR,
                "not met: " + note);
        return new Scored(BigDecimal.ZERO, Map.of(KPI_EVALUATOR, round(BigDecimal.ZERO)), List.of(loss), note, false);
    }

    private Scored veto(ItemDefinition item, ScoringInput input, List<String> vetoes) {
        List<String> found = new ArrayList<>();
        input.findings().forEach((evaluator, byItem) -> {
            Finding finding = byItem.get(item.code());
            if (finding != null) {
                finding.vetoFindings().forEach(v -> found.add(evaluator + ": " + v.description()
                        + (v.evidence() == null ? "" : " (evidence: " + v.evidence() + ")")));
            }
        });
        if (input.confirmedVetoes().contains(item.code())) {
            if (found.isEmpty()) {
                throw new IllegalArgumentException(item.code() + " has no veto finding to confirm");
            }
            vetoes.add(item.code() + " " + item.rule().condition() + ": " + String.join("; ", found));
            return new Scored(BigDecimal.ZERO, Map.of(), List.of(), "VETO confirmed: " + String.join("; ", found), false);
        }
        String note = found.isEmpty() ? "no veto finding" : "veto finding(s) not confirmed by the administrator: " + String.join("; ", found);
        return new Scored(BigDecimal.ZERO, Map.of(), List.of(), note, false);
    }

    private Scored precondition(ItemDefinition item, Map<String, Map<String, Finding>> findings) {
        String doubts = findings.entrySet().stream()
                .filter(e -> e.getValue().get(item.code()) != null && Boolean.FALSE.equals(e.getValue().get(item.code()).preconditionMet()))
                .map(Map.Entry::getKey).collect(Collectors.joining(", "));
        return new Scored(BigDecimal.ZERO, Map.of(), List.of(), doubts.isEmpty() ? "precondition met"
                : "precondition met (administrator overruled the doubts of " + doubts + ")", false);
    }

    private static BigDecimal clampToItem(ItemDefinition item, BigDecimal score) {
        // An item never scores below 0, whatever the deductions.
        return score.max(BigDecimal.ZERO).min(item.maxPoints());
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
