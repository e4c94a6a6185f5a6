package org.chs.registry.area;

import java.time.Instant;
import java.util.List;

import org.chs.registry.shared.GeoPoint;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 行政区划 — a province, city, county, township or village/community: its code, name, population, centroid and whether it is an
 * urban key area (城镇重点区域), where the 15-minute service circle applies instead of the 30-minute one.
 */
@Document("areas")
public class AdministrativeArea {

    @Id
    private final String code;
    private String name;
    @Indexed
    private final AreaLevel level;
    @Indexed
    private final String parentCode;
    /** Province first; lets "every village of a county" be one indexed equality query on an array. */
    @Indexed
    private final List<String> ancestorCodes;
    private long population;
    private GeoPoint centroid;
    private boolean urbanKeyArea;

    @Version
    private Long version;
    @CreatedBy
    private String createdBy;
    @CreatedDate
    private Instant createdAt;
    @LastModifiedBy
    private String lastModifiedBy;
    @LastModifiedDate
    private Instant lastModifiedAt;

    @PersistenceCreator
    AdministrativeArea(String code, String name, AreaLevel level, String parentCode, List<String> ancestorCodes, long population,
                       GeoPoint centroid, boolean urbanKeyArea) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
        this.ancestorCodes = ancestorCodes == null ? List.of() : List.copyOf(ancestorCodes);
        this.population = population;
        this.centroid = centroid;
        this.urbanKeyArea = urbanKeyArea;
    }

    /** A new area; the caller has checked the code rules and that the parent exists with the right level. */
    static AdministrativeArea register(RegisterArea command) {
        AreaLevel level = command.level();
        return new AdministrativeArea(command.code(), command.name(), level, command.parentCode(), AreaCodes.ancestorsOf(command.code()),
                command.population(), command.centroid(), command.urbanKeyArea());
    }

    void describe(String name, long population, GeoPoint centroid, boolean urbanKeyArea) {
        this.name = name;
        this.population = population;
        this.centroid = centroid;
        this.urbanKeyArea = urbanKeyArea;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public AreaLevel level() {
        return level;
    }

    public String parentCode() {
        return parentCode;
    }

    public List<String> ancestorCodes() {
        return ancestorCodes;
    }

    public long population() {
        return population;
    }

    public GeoPoint centroid() {
        return centroid;
    }

    public boolean urbanKeyArea() {
        return urbanKeyArea;
    }

    public Long version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String lastModifiedBy() {
        return lastModifiedBy;
    }

    public Instant lastModifiedAt() {
        return lastModifiedAt;
    }
}
