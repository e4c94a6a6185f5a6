package org.chs.settlement.settlement;

import java.util.List;

/** Port: stages a settlement's domain events as integration events in the settlement's outbox, before the one save. */
public interface SettlementEvents {

    void stage(Settlement settlement, List<SettlementEvent> events);
}
