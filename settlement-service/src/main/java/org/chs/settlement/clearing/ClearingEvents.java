package org.chs.settlement.clearing;

import java.util.List;

/** Port: stages a statement's domain events as integration events in the statement's outbox, before its one insert. */
public interface ClearingEvents {

    void stage(ClearingStatement statement, List<ClearingEvent> events);
}
