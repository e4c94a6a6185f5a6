package org.chs.settlement.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chs.settlement.audit.AuditFixtures.input;
import static org.chs.settlement.audit.AuditFixtures.line;
import static org.chs.settlement.audit.AuditFixtures.person;
import static org.chs.settlement.audit.AuditFixtures.properties;
import static org.chs.settlement.audit.AuditFixtures.stayDischarged;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AuditRulesTest {

    private final AuditRules rules = new AuditRules(properties());

    @Nested
    class RepeatCharge {

        @Test
        void shouldFlagWhenTheSameItemIsChargedTwiceOnOneDay() {
            List<AuditFlag> flags = rules.evaluate(input(person(), List.of(), line(1, "A1", "1", "2026-04-16"), line(2, "A1", "1", "2026-04-16")));

            assertThat(flags).extracting(AuditFlag::rule).containsExactly(AuditRule.REPEAT_CHARGE);
            assertThat(flags.get(0).evidence()).containsEntry("lines", "1,2").containsEntry("date", "2026-04-16");
        }

        @Test
        void shouldNotFlagWhenTheSameItemIsChargedOnDifferentDays() {
            assertThat(rules.evaluate(input(person(), List.of(), line(1, "A1", "1", "2026-04-16"), line(2, "A1", "1", "2026-04-17")))).isEmpty();
        }

        @Test
        void shouldCountLinesWithoutADateOnTheAdmissionDayWhenGrouping() {
            assertThat(rules.evaluate(input(person(), List.of(), line(1, "A1", "1", null), line(2, "A1", "1", "2026-04-15"))))
                    .extracting(AuditFlag::rule).containsExactly(AuditRule.REPEAT_CHARGE);
        }
    }

    @Nested
    class DecomposedHospitalisation {

        @Test
        void shouldFlagWhenAdmittedWithinTheWindowAfterADischarge() {
            List<AuditFlag> flags = rules.evaluate(input(person(), List.of(stayDischarged("2026-04-01")), line(1, "A1", "1", null)));

            // discharged 04-01, admitted 04-15: 14 days ≤ 15
            assertThat(flags).extracting(AuditFlag::rule).containsExactly(AuditRule.DECOMPOSED_HOSPITALISATION);
            assertThat(flags.get(0).evidence()).containsEntry("days", "14").containsEntry("previousSettlementId", "stl-prior");
        }

        @Test
        void shouldNotFlagWhenTheEarlierDischargeIsOutsideTheWindow() {
            // discharged 03-30, admitted 04-15: 16 days > 15
            assertThat(rules.evaluate(input(person(), List.of(stayDischarged("2026-03-30")), line(1, "A1", "1", null)))).isEmpty();
        }
    }

    @Nested
    class QuantityAndRestrictedDrugs {

        @Test
        void shouldFlagWhenTheBillExceedsTheItemsQuantityLimitAcrossLines() {
            List<AuditFlag> flags = rules.evaluate(input(person("E11"), List.of(), line(1, "D1", "20", "2026-04-15"),
                    line(2, "D1", "11", "2026-04-16")));

            assertThat(flags).extracting(AuditFlag::rule).containsExactly(AuditRule.OVER_QUANTITY_LIMIT);
            assertThat(flags.get(0).evidence()).containsEntry("quantity", "31").containsEntry("limit", "30");
        }

        @Test
        void shouldFlagARestrictedDrugWhenThePersonHoldsNoQualifyingDisease() {
            List<AuditFlag> flags = rules.evaluate(input(person("I10"), List.of(), line(1, "D1", "1", null)));

            assertThat(flags).extracting(AuditFlag::rule).containsExactly(AuditRule.RESTRICTED_DRUG_WITHOUT_QUALIFICATION);
            assertThat(flags.get(0).evidence()).containsEntry("qualifyingDiseases", "E11;E10").containsEntry("personQualifications", "I10");
        }

        @Test
        void shouldNotFlagARestrictedDrugWhenThePersonHoldsOneOfItsDiseases() {
            assertThat(rules.evaluate(input(person("E10"), List.of(), line(1, "D1", "1", null)))).isEmpty();
        }
    }

    @Nested
    class EmergencyWithoutFiling {

        @Test
        void shouldFlagWithEvidenceWhenAnEmergencyOutsideTheInsuredRegionHasNoFiling() {
            List<AuditFlag> flags = rules.evaluate(AuditFixtures.emergency("330127", null, "I21.9"));

            assertThat(flags).extracting(AuditFlag::rule).containsExactly(AuditRule.EMERGENCY_WITHOUT_FILING);
            assertThat(flags.get(0).blocking()).isFalse();
            assertThat(flags.get(0).evidence()).containsEntry("diagnosis", "I21.9").containsEntry("insuredRegion", "310101")
                    .containsEntry("treatmentRegion", "330127").containsEntry("admissionDate", "2026-04-15");
        }

        @Test
        void shouldNotFlagWhenAFilingCoversTheStay() {
            assertThat(rules.evaluate(AuditFixtures.emergency("330127", "fil-1", "I21.9"))).isEmpty();
        }

        @Test
        void shouldNotFlagWhenTheCareIsInsideTheInsuredRegion() {
            assertThat(rules.evaluate(AuditFixtures.emergency("310101", null, "I21.9"))).isEmpty();
        }

        @Test
        void shouldBlockWhenTheRuleIsConfiguredToBlock() {
            AuditRules blocking = new AuditRules(properties(AuditRule.EMERGENCY_WITHOUT_FILING));

            assertThat(blocking.evaluate(AuditFixtures.emergency("330127", null, "I21.9"))).singleElement()
                    .satisfies(f -> assertThat(f.blocking()).isTrue());
        }
    }

    @Nested
    class Blocking {

        @Test
        void shouldMarkFlagsBlockingOnlyWhenTheirRuleIsConfiguredToBlock() {
            AuditRules blocking = new AuditRules(properties(AuditRule.RESTRICTED_DRUG_WITHOUT_QUALIFICATION));

            List<AuditFlag> flags = blocking.evaluate(input(person(), List.of(stayDischarged("2026-04-10")), line(1, "D1", "1", null)));

            assertThat(flags).filteredOn(AuditFlag::blocking).extracting(AuditFlag::rule)
                    .containsExactly(AuditRule.RESTRICTED_DRUG_WITHOUT_QUALIFICATION);
            assertThat(flags).filteredOn(f -> !f.blocking()).extracting(AuditFlag::rule).containsExactly(AuditRule.DECOMPOSED_HOSPITALISATION);
        }
    }
}
