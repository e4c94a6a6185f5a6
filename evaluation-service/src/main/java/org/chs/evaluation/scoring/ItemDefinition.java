package org.chs.evaluation.scoring;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 评分项 — one item of a scoring standard: its points, clauses and rule.
 *
 * @param code      e.g. {@code G5}, {@code D10}
 * @param name      English name
 * @param nameZh    Chinese name
 * @param maxPoints the item's points (0 for veto and precondition items); an item never scores below 0 nor above this
 * @param clauses   the numbered requirements
 * @param rule      how findings become points
 * @param source    where the item comes from, e.g. {@code [004 L167]}
 */
public record ItemDefinition(String code, String name, String nameZh, BigDecimal maxPoints, List<Clause> clauses, Rule rule,
                             String source) {

    public ItemDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        maxPoints = maxPoints == null ? BigDecimal.ZERO : maxPoints;
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        if (maxPoints.signum() < 0) {
            throw new IllegalArgumentException(code + ": maxPoints must not be negative");
        }
        Set<String> codes = new HashSet<>();
        clauses.forEach(c -> {
            if (!codes.add(c.code())) {
                throw new IllegalArgumentException(code + ": clause " + c.code() + " appears twice");
            }
        });
        RuleKind kind = rule.kind();
        if ((kind == RuleKind.VETO || kind == RuleKind.ELIGIBILITY_PRECONDITION) && maxPoints.signum() != 0) {
            throw new IllegalArgumentException(code + ": " + kind + " items carry no points");
        }
        if ((kind == RuleKind.CHECK || kind == RuleKind.PER_ITEM_DEDUCTION) && clauses.isEmpty()) {
            throw new IllegalArgumentException(code + ": " + kind + " needs clauses");
        }
        if (kind == RuleKind.PER_CASE_DEDUCTION) {
            Set<String> grouped = new HashSet<>();
            for (ClauseGroup group : rule.caseGroups()) {
                for (String clause : group.clauses()) {
                    if (!codes.contains(clause) || !grouped.add(clause)) {
                        throw new IllegalArgumentException(code + ": clause group names unknown or repeated clause " + clause);
                    }
                }
            }
        }
    }

    public boolean hasClause(String clauseCode) {
        return clauses.stream().anyMatch(c -> c.code().equals(clauseCode));
    }
}
