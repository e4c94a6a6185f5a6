package org.chs.evaluation.scoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 评估发现 — what one evaluator found on one item of a site.
 *
 * @param clausesMet      CHECK / PER_ITEM_DEDUCTION: the clauses met (implemented)
 * @param casesPerClause  PER_CASE_DEDUCTION: cases found per clause
 * @param vetoFindings    VETO: the disqualifying facts found, with evidence
 * @param preconditionMet ELIGIBILITY_PRECONDITION: whether the evaluator found the precondition met ({@code null}: not checked)
 * @param notes           free notes
 */
public record Finding(Set<String> clausesMet, Map<String, Integer> casesPerClause, List<VetoFinding> vetoFindings,
                      Boolean preconditionMet, String notes) {

    public Finding {
        clausesMet = clausesMet == null ? Set.of() : Set.copyOf(clausesMet);
        casesPerClause = casesPerClause == null ? Map.of() : Map.copyOf(casesPerClause);
        vetoFindings = vetoFindings == null ? List.of() : List.copyOf(vetoFindings);
        casesPerClause.forEach((clause, cases) -> {
            if (cases == null || cases < 0) {
                throw new IllegalArgumentException("cases for clause " + clause + " must be 0 or more");
            }
        });
    }

    public static Finding clauses(String... met) {
        return new Finding(Set.of(met), null, null, null, null);
    }

    public static Finding cases(Map<String, Integer> casesPerClause) {
        return new Finding(null, casesPerClause, null, null, null);
    }

    public static Finding veto(String description, String evidence) {
        return new Finding(null, null, List.of(new VetoFinding(description, evidence)), null, null);
    }
}
