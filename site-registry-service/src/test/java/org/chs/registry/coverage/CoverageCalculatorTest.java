package org.chs.registry.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;

import org.chs.registry.area.AdministrativeArea;
import org.chs.registry.area.AreaFixtures;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointFixtures;
import org.chs.registry.servicepoint.ServicePointType;
import org.chs.registry.shared.GeoPoint;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CoverageCalculatorTest {

    private static final TravelModel DEFAULTS = new TravelModel(1.4, 30, 20, 30, 15);
    /** About 0.09° of latitude ≈ 10 km: 10 × 1.4 / 30 × 60 = 28 rural minutes. */
    private static final double TEN_KM = 10 / 111.195;

    @Nested
    class TravelModelAssumptions {

        @Test
        void shouldComputeHaversineDistanceWhenGivenTwoPoints() {
            // Hangzhou to Chun'an county seat, about 130 km as the crow flies
            assertThat(new GeoPoint(30.274, 120.155).distanceKmTo(new GeoPoint(29.605, 119.042))).isCloseTo(130.5, within(0.5));
        }

        @Test
        void shouldApplyDetourAndSpeedWhenComputingMinutes() {
            assertThat(DEFAULTS.minutes(10, false)).isCloseTo(28.0, within(1e-9));
            assertThat(DEFAULTS.minutes(10, true)).isCloseTo(42.0, within(1e-9));
        }

        @Test
        void shouldReplaceOnlyGivenParametersWhenAskedForAWhatIf() {
            TravelModel slower = DEFAULTS.with(null, 20.0, null);

            assertThat(slower.detourFactor()).isEqualTo(1.4);
            assertThat(slower.ruralSpeedKmh()).isEqualTo(20.0);
            assertThat(slower.urbanSpeedKmh()).isEqualTo(20.0);
        }
    }

    @Nested
    class Report {

        private final AdministrativeArea county = AreaFixtures.county();
        private final AdministrativeArea near = AreaFixtures.village("330127107201", 29.60, 118.60, 3000);
        private final AdministrativeArea far = AreaFixtures.village("330127107202", 29.60 + 1.5 * TEN_KM, 118.60, 1000);
        private final ServicePoint station = ServicePointFixtures.point("sp-t", ServicePointType.TOWNSHIP_STATION, "330127107", 29.60,
                118.60);

        @Test
        void shouldCoverVillageWhenWithinThirtyMinutes() {
            CoverageReport report = CoverageCalculator.compute(county, List.of(near, far), Set.of(), List.of(station), DEFAULTS);

            assertThat(report.coveredVillages()).isEqualTo(1);
            assertThat(report.coveredPopulation()).isEqualTo(3000);
            assertThat(report.populationSharePercent()).isEqualByComparingTo("75.0");
            assertThat(report.villageDetails().get(0).code()).as("uncovered first").isEqualTo(far.code());
            assertThat(report.villageDetails().get(0).nearestPointId()).isEqualTo("sp-t");
            assertThat(report.villageDetails().get(0).travelMinutes()).isCloseTo(42.0, within(0.2));
        }

        @Test
        void shouldApplyFifteenMinuteCircleWhenTownshipIsUrbanKeyArea() {
            AdministrativeArea sixKm = AreaFixtures.village("330127100201", 29.60 + 0.6 * TEN_KM, 118.60, 5000);
            ServicePoint hall = ServicePointFixtures.point("sp-c", ServicePointType.COUNTY_HALL, "330127", 29.60, 118.60);

            CoverageReport rural = CoverageCalculator.compute(county, List.of(sixKm), Set.of(), List.of(hall), DEFAULTS);
            CoverageReport urban = CoverageCalculator.compute(county, List.of(sixKm), Set.of("330127100"), List.of(hall), DEFAULTS);

            assertThat(rural.villageDetails().get(0).covered()).as("16.8 min within 30").isTrue();
            assertThat(urban.villageDetails().get(0).circleMinutes()).isEqualTo(15);
            assertThat(urban.villageDetails().get(0).covered()).as("25.2 urban min beyond 15").isFalse();
            assertThat(urban.urbanKeyAreaVillages()).isEqualTo(1);
        }

        @Test
        void shouldChooseTheNearestPointWhenSeveralAreActive() {
            ServicePoint farther = ServicePointFixtures.point("sp-far", ServicePointType.BANK_BRANCH, "330127107", 29.60 + TEN_KM, 118.60);

            CoverageReport report = CoverageCalculator.compute(county, List.of(near), Set.of(), List.of(farther, station), DEFAULTS);

            assertThat(report.villageDetails().get(0).nearestPointId()).isEqualTo("sp-t");
        }

        @Test
        void shouldLeaveEveryVillageUncoveredWhenNoPointIsActive() {
            CoverageReport report = CoverageCalculator.compute(county, List.of(near), Set.of(), List.of(), DEFAULTS);

            assertThat(report.coveredVillages()).isZero();
            assertThat(report.villageDetails().get(0).nearestPointId()).isNull();
        }
    }
}
