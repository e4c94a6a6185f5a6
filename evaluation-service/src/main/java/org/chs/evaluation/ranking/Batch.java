package org.chs.evaluation.ranking;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chs.evaluation.shared.ConflictException;
import org.chs.platform.messaging.HasOutbox;
import org.chs.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 申报批次 — a declaration batch as evaluation sees it: the level it selects for, the quota per category, the award threshold,
 * and once published the awards, whose {@code demonstration-site.awarded.v1} events ride in its outbox.
 */
@Document("batches")
public class Batch implements HasOutbox {

    @Id
    private String id;
    @Version
    private Long version;
    private String level;
    private int year;
    private Map<String, Integer> quotas = new LinkedHashMap<>();
    private int defaultQuota;
    private BigDecimal awardThreshold;
    private BatchStatus status;
    private List<Award> awards = new ArrayList<>();
    private String publishedBy;
    private Instant publishedAt;
    private List<OutboxMessage> outbox = new ArrayList<>();
    @CreatedDate
    private Instant createdAt;
    @LastModifiedDate
    private Instant lastModifiedAt;
    @LastModifiedBy
    private String lastModifiedBy;

    @PersistenceCreator
    Batch() {
    }

    static Batch open(String id, String level, int year, int defaultQuota, BigDecimal awardThreshold) {
        Batch batch = new Batch();
        batch.id = id;
        batch.level = level;
        batch.year = year;
        batch.defaultQuota = defaultQuota;
        batch.awardThreshold = awardThreshold;
        batch.status = BatchStatus.OPEN;
        return batch;
    }

    void configure(Map<String, Integer> newQuotas, Integer newDefaultQuota, BigDecimal newThreshold) {
        requireOpen();
        if (newQuotas != null) {
            quotas.putAll(newQuotas);
        }
        if (newDefaultQuota != null) {
            defaultQuota = newDefaultQuota;
        }
        if (newThreshold != null) {
            awardThreshold = newThreshold;
        }
    }

    void publish(List<Award> decided, String by, Instant at) {
        requireOpen();
        awards = new ArrayList<>(decided);
        publishedBy = by;
        publishedAt = at;
        status = BatchStatus.PUBLISHED;
    }

    private void requireOpen() {
        if (status != BatchStatus.OPEN) {
            throw new ConflictException("batch-published", "Batch " + id + " is published and can no longer change");
        }
    }

    public int quotaFor(String category) {
        return quotas.getOrDefault(category, defaultQuota);
    }

    @Override
    public List<OutboxMessage> outbox() {
        return outbox;
    }

    public String id() {
        return id;
    }

    public String level() {
        return level;
    }

    public int year() {
        return year;
    }

    public Map<String, Integer> quotas() {
        return Map.copyOf(quotas);
    }

    public int defaultQuota() {
        return defaultQuota;
    }

    public BigDecimal awardThreshold() {
        return awardThreshold;
    }

    public BatchStatus status() {
        return status;
    }

    public List<Award> awards() {
        return List.copyOf(awards);
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant lastModifiedAt() {
        return lastModifiedAt;
    }

    public String lastModifiedBy() {
        return lastModifiedBy;
    }
}
