package org.chs.evaluation.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * 扣分组 — clauses of a per-case deduction item that cost the same points per case found.
 *
 * @param clauses       clause codes, e.g. ①②⑤
 * @param pointsPerCase points deducted per case found under any of them
 */
public record ClauseGroup(List<String> clauses, BigDecimal pointsPerCase) {

    public ClauseGroup {
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(pointsPerCase, "pointsPerCase");
        if (clauses.isEmpty() || pointsPerCase.signum() <= 0) {
            throw new IllegalArgumentException("a clause group needs clauses and positive points per case");
        }
    }
}
