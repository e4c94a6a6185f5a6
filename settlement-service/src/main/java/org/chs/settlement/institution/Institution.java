package org.chs.settlement.institution;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** 定点医疗机构 — a designated institution's treatment region as the administrator set it, overriding the configured default. */
@Document("institutions")
public class Institution {

    @Id
    private String id;
    @Version
    private Long version;
    private String treatmentRegion;
    private Instant updatedAt;
    private String updatedBy;

    Institution() {
    }

    Institution(String id) {
        this.id = id;
    }

    void locate(String region, Instant now, String actor) {
        treatmentRegion = region;
        updatedAt = now;
        updatedBy = actor;
    }

    public String id() {
        return id;
    }

    public String treatmentRegion() {
        return treatmentRegion;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
