package org.chs.evaluation.ranking;

import java.util.List;

/** Port: stages a batch's domain events as integration events in the batch's outbox, before the one save. */
public interface RankingEvents {

    void stage(Batch batch, List<RankingEvent> events);
}
