package org.chs.registry.area.web;

import java.time.Instant;

import org.chs.registry.area.AdministrativeArea;
import org.chs.registry.area.AreaLevel;
import org.chs.registry.web.Coordinates;

/** 行政区划 — an administrative area as the API shows it, with its audit trail. */
public record AreaResponse(String code, String name, AreaLevel level, String parentCode, long population, Coordinates centroid,
                           boolean urbanKeyArea, long version, String createdBy, Instant createdAt, String lastModifiedBy,
                           Instant lastModifiedAt) {

    static AreaResponse of(AdministrativeArea area) {
        return new AreaResponse(area.code(), area.name(), area.level(), area.parentCode(), area.population(),
                Coordinates.of(area.centroid()), area.urbanKeyArea(), area.version() == null ? 0 : area.version(), area.createdBy(),
                area.createdAt(), area.lastModifiedBy(), area.lastModifiedAt());
    }
}
