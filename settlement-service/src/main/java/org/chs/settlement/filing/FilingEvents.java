package org.chs.settlement.filing;

import java.util.List;

/** Port: stages a filing's domain events as integration events in the filing's outbox, before the one write. */
public interface FilingEvents {

    void stage(Filing filing, List<FilingEvent> events);
}
