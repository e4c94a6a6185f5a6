package org.chs.registry.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chs.registry.authorisation.DelegationRow;
import org.chs.registry.declaration.PreCheck.Criterion;
import org.chs.registry.declaration.PreCheck.CriterionResult;
import org.chs.registry.declaration.PreCheck.Outcome;
import org.chs.registry.servicepoint.FunctionalZone;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointFixtures;
import org.chs.registry.servicepoint.ServicePointStatus;
import org.chs.registry.servicepoint.ServicePointType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PreCheckTest {

    private static final ConstructionStandards STANDARDS = new ConstructionStandards(150, 2, 3, 2, 50_000);

    private static DelegationRow share(int items, int county) {
        return new DelegationRow("sp", "n", ServicePointType.TOWNSHIP_STATION, "330127107", ServicePointStatus.ACTIVE, items, county,
                BigDecimal.valueOf(items * 100.0 / county).setScale(1, java.math.RoundingMode.HALF_UP), 30, items * 100 >= 30 * county);
    }

    private static Map<Criterion, Outcome> outcomes(PreCheck.Report report) {
        return report.criteria().stream().collect(Collectors.toMap(CriterionResult::criterion, CriterionResult::outcome));
    }

    private static ServicePoint point(ServicePointType type, int area, int staff, int machines, EnumSet<FunctionalZone> zones) {
        return ServicePointFixtures.point("sp", type, type == ServicePointType.TOWNSHIP_STATION ? "330127107" : "330127107201", 29.5, 118.5,
                ServicePointFixtures.facilities(area, staff, machines, zones));
    }

    @Nested
    class Township {

        @Test
        void shouldPassWhenEveryStandardIsMet() {
            PreCheck.Report report = PreCheck.evaluate(point(ServicePointType.TOWNSHIP_STATION, 180, 4, 2, EnumSet.allOf(FunctionalZone.class)),
                    DemonstrationCategory.GRASSROOTS_TOWNSHIP, 36_000, share(16, 32), STANDARDS);

            assertThat(report.passed()).isTrue();
            assertThat(outcomes(report).values()).containsOnly(Outcome.MET);
        }

        @Test
        void shouldNameEachMissedStandardWhenBelow() {
            PreCheck.Report report = PreCheck.evaluate(point(ServicePointType.TOWNSHIP_STATION, 120, 2, 1,
                    EnumSet.of(FunctionalZone.COUNTER_ACCEPTANCE)), DemonstrationCategory.GRASSROOTS_TOWNSHIP, 80_000, share(9, 32), STANDARDS);

            assertThat(report.passed()).isFalse();
            assertThat(outcomes(report)).containsEntry(Criterion.FLOOR_AREA, Outcome.NOT_MET)
                    .containsEntry(Criterion.SELF_SERVICE_MACHINES, Outcome.NOT_MET).containsEntry(Criterion.STAFF, Outcome.NOT_MET)
                    .containsEntry(Criterion.FUNCTIONAL_ZONES, Outcome.NOT_MET).containsEntry(Criterion.ITEM_SHARE, Outcome.NOT_MET);
        }

        @Test
        void shouldAcceptTwoStaffWhenPopulationIsUnderFiftyThousand() {
            PreCheck.Report report = PreCheck.evaluate(point(ServicePointType.TOWNSHIP_STATION, 180, 2, 2, EnumSet.allOf(FunctionalZone.class)),
                    DemonstrationCategory.GRASSROOTS_TOWNSHIP, 49_999, share(16, 32), STANDARDS);

            Map<Criterion, CriterionResult> byCriterion = report.criteria().stream()
                    .collect(Collectors.toMap(CriterionResult::criterion, Function.identity()));
            assertThat(byCriterion.get(Criterion.STAFF).outcome()).isEqualTo(Outcome.MET);
            assertThat(byCriterion.get(Criterion.STAFF).required()).contains("≥ 2");
        }
    }

    @Nested
    class Village {

        @Test
        void shouldRelaxAreaAndZonesButStillPassWhenVillage() {
            PreCheck.Report report = PreCheck.evaluate(point(ServicePointType.VILLAGE_STATION, 60, 2, 2,
                    EnumSet.of(FunctionalZone.COUNTER_ACCEPTANCE)), DemonstrationCategory.GRASSROOTS_VILLAGE, 3_000, share(10, 32), STANDARDS);

            assertThat(outcomes(report)).containsEntry(Criterion.FLOOR_AREA, Outcome.RELAXED)
                    .containsEntry(Criterion.FUNCTIONAL_ZONES, Outcome.RELAXED);
            assertThat(report.passed()).isTrue();
        }
    }

    @Nested
    class OtherCategories {

        @Test
        void shouldMarkGrassrootsCriteriaNotApplicableWhenHospitalWindow() {
            PreCheck.Report report = PreCheck.evaluate(point(ServicePointType.HOSPITAL_WINDOW, 50, 1, 0, EnumSet.noneOf(FunctionalZone.class)),
                    DemonstrationCategory.MEDICAL_INSTITUTION, 3_000, share(6, 32), STANDARDS);

            assertThat(outcomes(report).values()).containsOnly(Outcome.NOT_APPLICABLE);
            assertThat(report.passed()).isTrue();
        }
    }
}
