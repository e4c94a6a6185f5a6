package org.chs.registry.catalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chs.platform.messaging.HasOutbox;
import org.chs.platform.messaging.OutboxMessage;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 事项清单版本 — one immutable version of the service-item list as stored: every change inserts the next number, so the history
 * is complete, and two concurrent changes collide on the number instead of overwriting each other.
 */
@Document("catalogue_versions")
public class CatalogueVersion implements HasOutbox {

    @Id
    private final int number;
    private final int previousNumber;
    private final List<CatalogueEntry> entries;
    private final CatalogueChange change;
    private final String createdBy;
    private final Instant createdAt;
    /** Only the outbox relay touches a stored version (to remove published events); the entries never change. */
    @Version
    private Long revision;
    /** The {@code catalogue.changed.v1} of this version, published by the relay; the version document is the change itself. */
    private List<OutboxMessage> outbox = new ArrayList<>();

    @PersistenceCreator
    CatalogueVersion(int number, int previousNumber, List<CatalogueEntry> entries, CatalogueChange change, String createdBy,
                     Instant createdAt) {
        this.number = number;
        this.previousNumber = previousNumber;
        this.entries = List.copyOf(entries);
        this.change = change;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static CatalogueVersion of(Catalogue catalogue, int previousNumber, CatalogueChange change, String by, Instant at) {
        return new CatalogueVersion(catalogue.version(), previousNumber, catalogue.entries(), change, by, at);
    }

    @Override
    public List<OutboxMessage> outbox() {
        return outbox;
    }

    Catalogue toCatalogue() {
        return new Catalogue(number, entries);
    }

    public int number() {
        return number;
    }

    public int previousNumber() {
        return previousNumber;
    }

    public List<CatalogueEntry> entries() {
        return entries;
    }

    public CatalogueChange change() {
        return change;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
