package org.chs.registry.coverage;

/**
 * 出行时间模型 — how long a trip from a village to a service point takes, for the service-circle (服务圈) report. An assumption,
 * not a measurement: travel minutes = straight-line (haversine) distance × detour factor ÷ speed × 60, with the urban speed in
 * urban key areas and the rural speed elsewhere. The defaults (detour 1.4, 30 km/h rural, 20 km/h urban) are planning guesses
 * for a mountainous lake county; the agency should calibrate them against real trips ({@code chs.coverage.*}, bound by
 * {@code config.CoverageProperties}).
 *
 * @param detourFactor        road distance ÷ straight-line distance (≥ 1)
 * @param ruralSpeedKmh       average door-to-door speed outside urban key areas
 * @param urbanSpeedKmh       average door-to-door speed in urban key areas (slower: traffic, walking)
 * @param countyWideMinutes   the county-wide service circle (30-minute circle, DOMAIN §2.1)
 * @param urbanKeyAreaMinutes the circle in urban key areas (15-minute circle)
 */
public record TravelModel(double detourFactor, double ruralSpeedKmh, double urbanSpeedKmh, int countyWideMinutes,
                          int urbanKeyAreaMinutes) {

    public TravelModel {
        if (!(detourFactor >= 1.0) || !(ruralSpeedKmh > 0) || !(urbanSpeedKmh > 0) || countyWideMinutes <= 0 || urbanKeyAreaMinutes <= 0) {
            throw new IllegalArgumentException("travel model: detour factor >= 1, speeds and circle minutes > 0");
        }
    }

    /** Minutes to cover a straight-line distance. */
    public double minutes(double straightLineKm, boolean urban) {
        return straightLineKm * detourFactor / (urban ? urbanSpeedKmh : ruralSpeedKmh) * 60.0;
    }

    /** The service circle that applies to a village. */
    public int circleMinutes(boolean urban) {
        return urban ? urbanKeyAreaMinutes : countyWideMinutes;
    }

    /** This model with some parameters replaced (the what-if of a planning session); {@code null} keeps a parameter. */
    public TravelModel with(Double detour, Double ruralSpeed, Double urbanSpeed) {
        return new TravelModel(detour != null ? detour : detourFactor, ruralSpeed != null ? ruralSpeed : ruralSpeedKmh,
                urbanSpeed != null ? urbanSpeed : urbanSpeedKmh, countyWideMinutes, urbanKeyAreaMinutes);
    }
}
