package org.chs.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * 评分规则 — how one item is scored. One record for every kind (rather than a type per kind) so that a standard stays plain
 * data in MongoDB and in the admin API; the compact constructor holds each kind to the parameters it needs.
 *
 * @param kind            the rule kind
 * @param caseGroups      PER_CASE_DEDUCTION: clause groups and points per case
 * @param pointsPerClause PER_ITEM_DEDUCTION: points deducted per clause not implemented
 * @param cap             PER_CASE_DEDUCTION / PER_ITEM_DEDUCTION: maximum deduction for the item, {@code null} = the item's points
 * @param metric          METRIC_THRESHOLD: the KPI
 * @param comparison      METRIC_THRESHOLD: how the KPI is compared
 * @param bound           METRIC_THRESHOLD: the bound (minutes, %, or a count)
 * @param condition       VETO / ELIGIBILITY_PRECONDITION: the condition in words
 */
public record Rule(RuleKind kind, List<ClauseGroup> caseGroups, BigDecimal pointsPerClause, BigDecimal cap, Metric metric,
                   Comparison comparison, BigDecimal bound, String condition) {

    public Rule {
        if (kind == null) {
            throw new IllegalArgumentException("rule kind is required");
        }
        caseGroups = caseGroups == null ? List.of() : List.copyOf(caseGroups);
        switch (kind) {
            case PER_CASE_DEDUCTION -> require(!caseGroups.isEmpty(), "PER_CASE_DEDUCTION needs caseGroups");
            case PER_ITEM_DEDUCTION -> require(pointsPerClause != null && pointsPerClause.signum() > 0,
                    "PER_ITEM_DEDUCTION needs positive pointsPerClause");
            case METRIC_THRESHOLD -> require(metric != null && comparison != null && bound != null,
                    "METRIC_THRESHOLD needs metric, comparison and bound");
            case VETO, ELIGIBILITY_PRECONDITION -> require(condition != null && !condition.isBlank(), kind + " needs a condition");
            case CHECK -> {
            }
        }
        if (cap != null && cap.signum() < 0) {
            throw new IllegalArgumentException("cap must not be negative");
        }
    }

    public static Rule check() {
        return new Rule(RuleKind.CHECK, null, null, null, null, null, null, null);
    }

    public static Rule perCase(BigDecimal cap, ClauseGroup... groups) {
        return new Rule(RuleKind.PER_CASE_DEDUCTION, List.of(groups), null, cap, null, null, null, null);
    }

    public static Rule perItem(BigDecimal pointsPerClause, BigDecimal cap) {
        return new Rule(RuleKind.PER_ITEM_DEDUCTION, null, pointsPerClause, cap, null, null, null, null);
    }

    public static Rule metric(Metric metric, Comparison comparison, BigDecimal bound) {
        return new Rule(RuleKind.METRIC_THRESHOLD, null, null, null, metric, comparison, bound, null);
    }

    public static Rule veto(String condition) {
        return new Rule(RuleKind.VETO, null, null, null, null, null, null, condition);
    }

    public static Rule precondition(String condition) {
        return new Rule(RuleKind.ELIGIBILITY_PRECONDITION, null, null, null, null, null, null, condition);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
