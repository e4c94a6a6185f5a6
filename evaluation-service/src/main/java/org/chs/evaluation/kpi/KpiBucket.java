package org.chs.evaluation.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 网点日指标 — the counters of one service point on one day, kept incrementally from events.
 *
 * <p>Never written by read-modify-write: {@link KpiRecorder} changes it with one conditional {@code $inc} per event, whose
 * filter excludes documents that already list the event's key in {@code appliedEvents}. Reading a point's KPIs reads at most
 * one document per day of the period, never the events.
 */
@Document("kpi_buckets")
@CompoundIndex(name = "point_day", def = "{'servicePointId': 1, 'day': 1}")
@CompoundIndex(name = "day", def = "{'day': 1}") // the overview of every point over a period
public class KpiBucket {

    @Id
    private String id;
    private String servicePointId;
    /** ISO day, {@code 2026-05-15}: strings compare like the dates, so a period is a range query. */
    private String day;
    private long handlings;
    private Map<String, Long> byChannel = new LinkedHashMap<>();
    /** Handlings per catalogue item code; buckets written before it was kept have none. */
    private Map<String, Long> byItem = new LinkedHashMap<>();
    private long instantHandlings;
    private long instantHandlingSeconds;
    private long waits;
    private long waitSeconds;
    private long reviews;
    private Map<String, Long> reviewsByLevel = new LinkedHashMap<>();
    private long badReviews;
    private long rectifiedBadReviews;
    private long directSettlements;
    private long manualSettlements;
    private List<String> appliedEvents = new ArrayList<>();

    @PersistenceCreator
    KpiBucket() {
    }

    static String idOf(String servicePointId, String day) {
        return servicePointId + "|" + day;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public String day() {
        return day;
    }

    public long handlings() {
        return handlings;
    }

    public Map<String, Long> byChannel() {
        return byChannel == null ? Map.of() : byChannel;
    }

    public Map<String, Long> byItem() {
        return byItem == null ? Map.of() : byItem;
    }

    public long instantHandlings() {
        return instantHandlings;
    }

    public long instantHandlingSeconds() {
        return instantHandlingSeconds;
    }

    public long waits() {
        return waits;
    }

    public long waitSeconds() {
        return waitSeconds;
    }

    public long reviews() {
        return reviews;
    }

    public Map<String, Long> reviewsByLevel() {
        return reviewsByLevel == null ? Map.of() : reviewsByLevel;
    }

    public long badReviews() {
        return badReviews;
    }

    public long rectifiedBadReviews() {
        return rectifiedBadReviews;
    }

    public long directSettlements() {
        return directSettlements;
    }

    public long manualSettlements() {
        return manualSettlements;
    }
}
