package org.chs.registry.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.chs.registry.area.AdministrativeArea;
import org.chs.registry.servicepoint.ServicePoint;

/**
 * 服务圈计算 — pure: for every village, the active point with the shortest modelled travel time, and whether that time is within
 * the village's circle. O(villages × points), a few thousand distance computations for a county: no index needed.
 */
final class CoverageCalculator {

    private CoverageCalculator() {
    }

    static CoverageReport compute(AdministrativeArea county, List<AdministrativeArea> villages, Set<String> urbanKeyAreaCodes,
                                  List<ServicePoint> activePoints, TravelModel model) {
        List<VillageCoverage> details = villages.stream()
                .map(village -> cover(village, urbanKeyAreaCodes, activePoints, model))
                // uncovered first, the farthest first: the planner's work list
                .sorted(Comparator.comparing(VillageCoverage::covered)
                        .thenComparing(v -> v.travelMinutes() == null ? Double.MAX_VALUE : v.travelMinutes(), Comparator.reverseOrder())
                        .thenComparing(VillageCoverage::code))
                .toList();
        int covered = (int) details.stream().filter(VillageCoverage::covered).count();
        long population = details.stream().mapToLong(VillageCoverage::population).sum();
        long coveredPopulation = details.stream().filter(VillageCoverage::covered).mapToLong(VillageCoverage::population).sum();
        int urban = (int) details.stream().filter(VillageCoverage::urbanKeyArea).count();
        int coveredUrban = (int) details.stream().filter(v -> v.urbanKeyArea() && v.covered()).count();
        return new CoverageReport(county.code(), county.name(), model, activePoints.size(), details.size(), covered,
                percent(covered, details.size()), population, coveredPopulation, percent(coveredPopulation, population), urban,
                coveredUrban, details);
    }

    /** A village is in an urban key area when it or any ancestor (typically its township, e.g. 千岛湖镇) is flagged. */
    static boolean urban(AdministrativeArea village, Set<String> urbanKeyAreaCodes) {
        return village.urbanKeyArea() || village.ancestorCodes().stream().anyMatch(urbanKeyAreaCodes::contains);
    }

    private static VillageCoverage cover(AdministrativeArea village, Set<String> urbanKeyAreaCodes, List<ServicePoint> points,
                                         TravelModel model) {
        boolean urban = urban(village, urbanKeyAreaCodes);
        int circle = model.circleMinutes(urban);
        String township = village.parentCode();
        ServicePoint nearest = null;
        double nearestKm = Double.MAX_VALUE;
        for (ServicePoint point : points) {
            double km = village.centroid().distanceKmTo(point.location());
            if (km < nearestKm) {
                nearest = point;
                nearestKm = km;
            }
        }
        if (nearest == null) {
            return new VillageCoverage(village.code(), village.name(), township, village.population(), urban, circle, false, null, null, null,
                    null, null);
        }
        // One speed per village, so the nearest point by distance is also the nearest by time.
        double minutes = model.minutes(nearestKm, urban);
        return new VillageCoverage(village.code(), village.name(), township, village.population(), urban, circle, minutes <= circle,
                nearest.id(), nearest.name(), nearest.type(), round(nearestKm, 2), round(minutes, 1));
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
