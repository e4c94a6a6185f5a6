package org.chs.registry.catalogue;

import java.util.concurrent.atomic.AtomicReference;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 当前事项清单 — the current catalogue version held in memory, so authorisation queries never read the database for it.
 *
 * <p>A change made by this instance replaces it at once; changes made by another instance are picked up by a cheap poll of the
 * latest version number ({@code chs.catalogue.refresh-interval}, default 5 s), the bound on how stale another instance can be.
 * A version only ever replaces an older one, so a slow poll cannot roll a newer version back.
 */
@Component
public class CurrentCatalogue {

    private final MongoTemplate mongo;
    private final CatalogueVersionRepository versions;
    private final AtomicReference<Catalogue> current = new AtomicReference<>();

    CurrentCatalogue(MongoTemplate mongo, CatalogueVersionRepository versions) {
        this.mongo = mongo;
        this.versions = versions;
    }

    public Catalogue get() {
        Catalogue catalogue = current.get();
        if (catalogue == null) {
            refresh();
            catalogue = current.get();
        }
        return catalogue;
    }

    @Scheduled(initialDelayString = "${chs.catalogue.refresh-interval:PT5S}", fixedDelayString = "${chs.catalogue.refresh-interval:PT5S}")
    public void refresh() {
        int latest = latestNumber();
        Catalogue held = current.get();
        if (held != null && held.version() >= latest) {
            return;
        }
        offer(latest == 0 ? Catalogue.empty()
                : versions.findById(latest).map(CatalogueVersion::toCatalogue).orElseGet(Catalogue::empty));
    }

    /** Holds a version unless a newer one is already held. */
    void offer(Catalogue catalogue) {
        current.accumulateAndGet(catalogue, (held, offered) -> held == null || offered.version() > held.version() ? offered : held);
    }

    private int latestNumber() {
        Query latest = new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1);
        latest.fields().include("_id");
        Document found = mongo.findOne(latest, Document.class, "catalogue_versions");
        return found == null ? 0 : ((Number) found.get("_id")).intValue();
    }
}
