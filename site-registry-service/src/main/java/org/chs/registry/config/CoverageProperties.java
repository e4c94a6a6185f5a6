package org.chs.registry.config;

import org.chs.registry.coverage.TravelModel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chs.coverage.*}: the travel model the service-circle (服务圈) report assumes, with the planning defaults the README
 * explains; checked when the {@link TravelModel} is made from it at start-up.
 */
@ConfigurationProperties("chs.coverage")
public record CoverageProperties(@DefaultValue("1.4") double detourFactor, @DefaultValue("30") double ruralSpeedKmh,
                                 @DefaultValue("20") double urbanSpeedKmh, @DefaultValue("30") int countyWideMinutes,
                                 @DefaultValue("15") int urbanKeyAreaMinutes) {

    public TravelModel travelModel() {
        return new TravelModel(detourFactor, ruralSpeedKmh, urbanSpeedKmh, countyWideMinutes, urbanKeyAreaMinutes);
    }
}
