package org.chs.registry.catalogue;

import java.time.Instant;

/** Internal domain events of the service-item catalogue, mapped to integration events by the messaging adapter. */
public sealed interface CatalogueEvent {

    /**
     * 事项清单已变更 — a new catalogue version was published.
     *
     * @param countyListSize how many items the county level may handle in the new version
     */
    record CatalogueChanged(int version, int previousVersion, CatalogueChange change, int countyListSize, Instant changedAt)
            implements CatalogueEvent {
    }
}
