package org.chs.settlement.institution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 定点医疗机构 — what the administrators recorded about a designated institution: its treatment region, overriding the
 * configured default ({@code null} while the default applies), and its level history.
 */
@Document("institutions")
public class Institution {

    @Id
    private String id;
    @Version
    private Long version;
    private String treatmentRegion;
    private List<LevelPeriod> levels = new ArrayList<>();
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

    /** Replaces the level history: the administrators correct it as a whole, so a wrong entry can also be removed. */
    void grade(List<LevelPeriod> history, Instant now, String actor) {
        levels = new ArrayList<>(history);
        updatedAt = now;
        updatedBy = actor;
    }

    public String id() {
        return id;
    }

    public String treatmentRegion() {
        return treatmentRegion;
    }

    public List<LevelPeriod> levels() {
        return levels == null ? List.of() : List.copyOf(levels);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
