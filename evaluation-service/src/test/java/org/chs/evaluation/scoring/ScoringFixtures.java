package org.chs.evaluation.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small standards and inputs for the scoring-engine tests. */
final class ScoringFixtures {

    private ScoringFixtures() {
    }

    static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    /** A standard with one item of each kind, 10 + 10 + 6 + 10 = 36 points. */
    static StandardDefinition everyKind() {
        return new StandardDefinition("TEST", 1, List.of(new CategoryDefinition("C", "All kinds", "全部", List.of(
                new ItemDefinition("P", "precondition", "准入", BigDecimal.ZERO, List.of(), Rule.precondition("no fraud within 3 years"), null),
                new ItemDefinition("CHK", "check", "检查", bd("10"), clauses("①", "②", "③"), Rule.check(), null),
                new ItemDefinition("CASE", "per case", "按例", bd("10"), clauses("①", "②", "③", "④", "⑤"),
                        Rule.perCase(bd("7"), new ClauseGroup(List.of("①", "②", "⑤"), BigDecimal.ONE),
                                new ClauseGroup(List.of("③", "④"), bd("2"))), null),
                new ItemDefinition("ITEM", "per item", "按项", bd("6"), clauses("①", "②", "③", "④"), Rule.perItem(bd("2"), null), null),
                new ItemDefinition("KPI", "metric", "指标", bd("10"), List.of(), Rule.metric(Metric.AVERAGE_WAITING_MINUTES,
                        Comparison.AT_MOST, bd("15")), null),
                new ItemDefinition("V", "veto", "否决", BigDecimal.ZERO, List.of(), Rule.veto("fund misuse"), null)))));
    }

    static List<Clause> clauses(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> new Clause(c, "clause " + c)).toList();
    }

    /** Findings that lose nothing on the evaluator-scored items of {@link #everyKind()}. */
    static Map<String, Finding> perfect() {
        Map<String, Finding> findings = new LinkedHashMap<>();
        findings.put("CHK", Finding.clauses("①", "②", "③"));
        findings.put("CASE", Finding.cases(Map.of()));
        findings.put("ITEM", Finding.clauses("①", "②", "③", "④"));
        return findings;
    }

    static Map<String, Finding> with(Map<String, Finding> base, String item, Finding finding) {
        Map<String, Finding> copy = new LinkedHashMap<>(base);
        copy.put(item, finding);
        return copy;
    }

    static ScoringInput input(StandardDefinition standard, Map<String, Map<String, Finding>> findings, String waitingMinutes) {
        return new ScoringInput(standard, findings,
                waitingMinutes == null ? Map.of() : Map.of(Metric.AVERAGE_WAITING_MINUTES, bd(waitingMinutes)), Set.of(), Map.of());
    }
}
