package org.chs.registry.catalogue;

import java.util.List;

/** Port: stages a catalogue version's domain events as integration events in its outbox, before its one insert. */
public interface CatalogueEvents {

    void stage(CatalogueVersion version, List<CatalogueEvent> events);
}
