package org.chs.registry.catalogue.messaging;

import java.util.List;

import org.chs.contracts.CatalogueChangedEvent;
import org.chs.contracts.RoutingKeys;
import org.chs.platform.messaging.Outbox;
import org.chs.registry.catalogue.CatalogueEvent;
import org.chs.registry.catalogue.CatalogueEvents;
import org.chs.registry.catalogue.CatalogueVersion;
import org.springframework.stereotype.Component;

/**
 * Maps the catalogue's domain events to {@code catalogue.changed.v1} and stages them in the version's outbox (exchange
 * {@code site-registry.events}), which enrollment and settlement use to drop their cached authorisations.
 */
@Component
class OutboxCatalogueEvents implements CatalogueEvents {

    private final Outbox outbox;

    OutboxCatalogueEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void stage(CatalogueVersion version, List<CatalogueEvent> events) {
        for (CatalogueEvent event : events) {
            if (event instanceof CatalogueEvent.CatalogueChanged e) {
                outbox.stage(version, RoutingKeys.CATALOGUE_CHANGED_V1, changed(e), e.changedAt());
            }
        }
    }

    static CatalogueChangedEvent changed(CatalogueEvent.CatalogueChanged e) {
        return new CatalogueChangedEvent(e.version(), e.previousVersion(), e.change().type().name(), e.change().codes(),
                e.countyListSize(), e.change().summary());
    }
}
