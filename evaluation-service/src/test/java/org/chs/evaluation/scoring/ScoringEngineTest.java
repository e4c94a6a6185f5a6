package org.chs.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.chs.evaluation.scoring.ScoringFixtures.bd;
import static org.chs.evaluation.scoring.ScoringFixtures.everyKind;
import static org.chs.evaluation.scoring.ScoringFixtures.input;
import static org.chs.evaluation.scoring.ScoringFixtures.perfect;
import static org.chs.evaluation.scoring.ScoringFixtures.with;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.chs.evaluation.standard.SeededStandards;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringEngineTest {

    private final ScoringEngine engine = new ScoringEngine();

    private ItemResult item(ScoreResult result, String code) {
        return result.items().stream().filter(i -> i.itemCode().equals(code)).findFirst().orElseThrow();
    }

    @Nested
    class CheckItems {

        @ParameterizedTest(name = "{0} clauses met -> {1}")
        @CsvSource({"'①,②,③', 10.00", "'①,②', 6.67", "'①', 3.33", "'', 0.00"})
        void shouldShareThePointsAmongClausesWhenSomeAreNotMet(String met, String expected) {
            String[] clauses = met.isEmpty() ? new String[0] : met.split(",");
            ScoreResult result = engine.score(input(everyKind(), Map.of("e1", with(perfect(), "CHK", Finding.clauses(clauses))), "10"));

            assertThat(item(result, "CHK").score()).isEqualByComparingTo(expected);
            assertThat(item(result, "CHK").losses()).hasSize(3 - clauses.length)
                    .allSatisfy(loss -> assertThat(loss.evaluator()).isEqualTo("e1"));
        }
    }

    @Nested
    class PerCaseDeductions {

        @ParameterizedTest(name = "cases {0} -> {1}")
        @CsvSource({
                "'①=1', 9.00",
                "'③=1', 8.00",
                "'①=1;③=1', 7.00",
                "'②=2;④=2', 4.00",
                "'③=3;④=1', 3.00",  // 8 points found, capped at 7
                "'①=10', 3.00",      // capped at 7 whatever the cases
                "'', 10.00"})
        void shouldDeductPerCaseUpToTheCapWhenCasesAreFound(String cases, String expected) {
            Map<String, Integer> perClause = new LinkedHashMap<>();
            if (!cases.isEmpty()) {
                for (String pair : cases.split(";")) {
                    perClause.put(pair.split("=")[0], Integer.parseInt(pair.split("=")[1]));
                }
            }
            ScoreResult result = engine.score(input(everyKind(), Map.of("e1", with(perfect(), "CASE", Finding.cases(perClause))), "10"));

            assertThat(item(result, "CASE").score()).isEqualByComparingTo(expected);
        }

        @Test
        void shouldExplainTheCapWhenTheDeductionExceedsIt() {
            ScoreResult result = engine.score(input(everyKind(), Map.of("e1", with(perfect(), "CASE", Finding.cases(Map.of("③", 3, "④", 1)))), "10"));

            assertThat(item(result, "CASE").losses()).extracting(PointLoss::explanation)
                    .contains("deduction capped at 7 points");
            assertThat(item(result, "CASE").losses()).filteredOn(l -> "③".equals(l.clause())).singleElement()
                    .satisfies(loss -> {
                        assertThat(loss.cases()).isEqualTo(3);
                        assertThat(loss.points()).isEqualByComparingTo("6.00");
                    });
        }

        @Test
        void shouldApplyTheSourceRuleOfD10WhenScoringTheSeededStandard() {
            StandardDefinition dmi = SeededStandards.medicalInstitution();
            ItemDefinition d10 = dmi.item("D10").orElseThrow();

            assertThat(d10.rule().cap()).isEqualByComparingTo("7");
            assertThat(d10.rule().caseGroups()).satisfiesExactly(
                    g -> { assertThat(g.clauses()).containsExactly("①", "②", "⑤"); assertThat(g.pointsPerCase()).isEqualByComparingTo("1"); },
                    g -> { assertThat(g.clauses()).containsExactly("③", "④"); assertThat(g.pointsPerCase()).isEqualByComparingTo("2"); });
        }
    }

    @Nested
    class PerItemDeductions {

        @ParameterizedTest(name = "met {0} -> {1}")
        @CsvSource({"'①,②,③,④', 6.00", "'①,②,③', 4.00", "'①', 0.00", "'', 0.00"})
        void shouldDeductPerClauseNotImplementedButNeverBelowZeroWhenClausesAreMissing(String met, String expected) {
            String[] clauses = met.isEmpty() ? new String[0] : met.split(",");
            ScoreResult result = engine.score(input(everyKind(), Map.of("e1", with(perfect(), "ITEM", Finding.clauses(clauses))), "10"));

            assertThat(item(result, "ITEM").score()).isEqualByComparingTo(expected);
        }

        @Test
        void shouldDeductTwoPerClauseWhenScoringD20OfTheSeededStandard() {
            ItemDefinition d20 = SeededStandards.medicalInstitution().item("D20").orElseThrow();

            assertThat(d20.rule().kind()).isEqualTo(RuleKind.PER_ITEM_DEDUCTION);
            assertThat(d20.rule().pointsPerClause()).isEqualByComparingTo("2");
            assertThat(d20.rule().cap()).isNull();
        }
    }

    @Nested
    class MetricItems {

        @ParameterizedTest(name = "waiting {0} min -> {1}")
        @CsvSource({"12, 10.00", "15, 10.00", "15.01, 0.00", "40, 0.00"})
        void shouldGiveFullPointsOnlyWhenTheKpiMeetsTheBound(String waiting, String expected) {
            ScoreResult result = engine.score(input(everyKind(), Map.of("e1", perfect()), waiting));

            assertThat(item(result, "KPI").score()).isEqualByComparingTo(expected);
            assertThat(item(result, "KPI").note()).contains("AVERAGE_WAITING_MINUTES = ");
        }

        @Test
        void shouldScoreZeroAndSaySoWhenThereIsNoKpiData() {
            ScoreResult result = engine.score(input(everyKind(), Map.of("e1", perfect()), null));

            assertThat(item(result, "KPI").score()).isEqualByComparingTo("0");
            assertThat(item(result, "KPI").losses()).singleElement()
                    .satisfies(loss -> assertThat(loss.explanation()).startsWith("no data"));
        }

        @Test
        void shouldNotAverageMetricItemsOverEvaluatorsWhenSeveralScored() {
            ScoreResult result = engine.score(input(everyKind(), Map.of("e1", perfect(), "e2", perfect()), "5"));

            assertThat(item(result, "KPI").byEvaluator()).extracting(EvaluatorScore::evaluator).containsExactly(ScoringEngine.KPI_EVALUATOR);
            assertThat(item(result, "KPI").score()).isEqualByComparingTo("10");
        }
    }

    @Nested
    class Averaging {

        @Test
        void shouldAverageItemScoresOverTheEvaluatorsWhoScoredThem() {
            Map<String, Map<String, Finding>> findings = new LinkedHashMap<>();
            findings.put("e1", with(perfect(), "CHK", Finding.clauses("①", "②", "③")));
            findings.put("e2", with(perfect(), "CHK", Finding.clauses("①", "②")));
            findings.put("e3", with(perfect(), "CHK", Finding.clauses("①")));

            ScoreResult result = engine.score(input(everyKind(), findings, "10"));

            // (10 + 6.667 + 3.333) / 3 = 6.67
            assertThat(item(result, "CHK").score()).isEqualByComparingTo("6.67");
            assertThat(item(result, "CHK").byEvaluator()).extracting(EvaluatorScore::evaluator, s -> s.score().toPlainString())
                    .containsExactly(tuple("e1", "10.00"), tuple("e2", "6.67"), tuple("e3", "3.33"));
            assertThat(item(result, "CHK").losses()).extracting(PointLoss::evaluator).containsExactlyInAnyOrder("e2", "e3", "e3");
        }

        @Test
        void shouldRoundTheTotalOnceAtTheEndWhenSharesAreRecurring() {
            Map<String, Map<String, Finding>> findings = Map.of("e1", with(perfect(), "CHK", Finding.clauses("①")),
                    "e2", with(perfect(), "CHK", Finding.clauses("①")));
            ScoreResult result = engine.score(input(everyKind(), findings, "10"));

            // 3.3333333333 + 10 + 6 + 10 = 29.3333 -> 29.33
            assertThat(result.total()).isEqualByComparingTo("29.33");
            assertThat(result.total().scale()).isEqualTo(2);
        }

        @Test
        void shouldListItemsWithoutFindingsWhenNoEvaluatorScoredThem() {
            ScoreResult result = engine.score(input(everyKind(), Map.of("e1", Map.of("CHK", Finding.clauses("①"))), "10"));

            assertThat(result.missingFindings()).containsExactly("CASE", "ITEM");
        }

        @Test
        void shouldScoreTheFullStandardWhenEveryClauseIsMet() {
            ScoreResult result = engine.score(input(everyKind(), Map.of("e1", perfect()), "10"));

            assertThat(result.outcome()).isEqualTo(Outcome.SCORED);
            assertThat(result.total()).isEqualByComparingTo("36.00");
            assertThat(result.maxTotal()).isEqualByComparingTo("36");
        }
    }

    @Nested
    class Vetoes {

        @Test
        void shouldVetoWhateverTheScoreWhenTheAdministratorConfirmsAFinding() {
            Map<String, Map<String, Finding>> findings = Map.of("e1", with(perfect(), "V", Finding.veto("subsidy diverted", "audit 2026-17")));
            ScoreResult result = engine.score(new ScoringInput(everyKind(), findings, Map.of(Metric.AVERAGE_WAITING_MINUTES, bd("5")),
                    Set.of("V"), Map.of()));

            assertThat(result.outcome()).isEqualTo(Outcome.VETOED);
            assertThat(result.total()).isEqualByComparingTo("36.00");
            assertThat(result.reasons()).singleElement().asString().contains("subsidy diverted").contains("audit 2026-17");
        }

        @Test
        void shouldNotVetoWhenTheFindingIsNotConfirmed() {
            Map<String, Map<String, Finding>> findings = Map.of("e1", with(perfect(), "V", Finding.veto("suspicion", null)));
            ScoreResult result = engine.score(input(everyKind(), findings, "5"));

            assertThat(result.outcome()).isEqualTo(Outcome.SCORED);
            assertThat(item(result, "V").note()).contains("not confirmed");
        }

        @Test
        void shouldRefuseToConfirmAVetoWhenNoEvaluatorFoundAnything() {
            assertThatIllegalArgumentException().isThrownBy(() -> engine.score(new ScoringInput(everyKind(), Map.of("e1", perfect()),
                    Map.of(), Set.of("V"), Map.of()))).withMessageContaining("no veto finding");
        }
    }

    @Nested
    class Eligibility {

        @Test
        void shouldNotScoreWhenAPreconditionIsNotMet() {
            ScoreResult result = engine.score(new ScoringInput(everyKind(), Map.of("e1", perfect()), Map.of(), Set.of(),
                    Map.of("P", "fraud case 2025-031 within 3 years")));

            assertThat(result.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(result.total()).isNull();
            assertThat(result.items()).isEmpty();
            assertThat(result.reasons()).singleElement().asString().contains("fraud case 2025-031");
        }

        @Test
        void shouldCheckEligibilityBeforeVetoesWhenBothApply() {
            Map<String, Map<String, Finding>> findings = Map.of("e1", with(perfect(), "V", Finding.veto("misuse", "x")));
            ScoreResult result = engine.score(new ScoringInput(everyKind(), findings, Map.of(), Set.of("V"), Map.of("P", "fraud")));

            assertThat(result.outcome()).isEqualTo(Outcome.INELIGIBLE);
        }

        @Test
        void shouldRejectAFailedPreconditionThatIsNotAPreconditionItem() {
            assertThatIllegalArgumentException().isThrownBy(() -> engine.score(new ScoringInput(everyKind(), Map.of(), Map.of(),
                    Set.of(), Map.of("CHK", "x"))));
        }
    }

    @Nested
    class SeededStandardsShape {

        @ParameterizedTest
        @CsvSource({"GRASSROOTS_SITE", "MEDICAL_INSTITUTION_SITE", "BANK_COOPERATION_SITE"})
        void shouldSumToOneHundredWhenSeeded(String code) {
            StandardDefinition standard = SeededStandards.all().stream().map(SeededStandards.Seed::definition)
                    .filter(s -> s.code().equals(code)).findFirst().orElseThrow();

            assertThat(standard.maxTotal()).isEqualByComparingTo(BigDecimal.valueOf(100));
        }

        @Test
        void shouldCarryTheSourceKpisWhenSeedingTheGrassrootsStandard() {
            StandardDefinition grassroots = SeededStandards.grassroots();

            assertThat(grassroots.items().filter(i -> i.rule().kind() == RuleKind.METRIC_THRESHOLD)
                    .map(i -> i.rule().metric() + " " + i.rule().comparison() + " " + i.rule().bound().toPlainString()))
                    .containsExactly("AVERAGE_INSTANT_HANDLING_MINUTES AT_MOST 10", "AVERAGE_WAITING_MINUTES AT_MOST 15",
                            "ONLINE_RATE AT_LEAST 80", "SATISFACTION_RATE AT_LEAST 90");
            assertThat(grassroots.item("G8").orElseThrow().rule().kind()).isEqualTo(RuleKind.VETO);
            assertThat(grassroots.items().filter(i -> i.code().matches("G\\d+"))).hasSize(10);
        }

        @Test
        void shouldHaveThePreconditionAndVetoWhenSeedingTheMedicalInstitutionStandard() {
            StandardDefinition dmi = SeededStandards.medicalInstitution();

            assertThat(dmi.item("D0").orElseThrow().rule().kind()).isEqualTo(RuleKind.ELIGIBILITY_PRECONDITION);
            assertThat(dmi.item("D28").orElseThrow().rule().kind()).isEqualTo(RuleKind.VETO);
            assertThat(dmi.items().filter(i -> i.code().matches("D([1-9]|1\\d|2[0-8])"))).hasSize(28);
        }
    }
}
