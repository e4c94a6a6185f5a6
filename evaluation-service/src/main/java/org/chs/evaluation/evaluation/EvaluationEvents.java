package org.chs.evaluation.evaluation;

import java.util.List;

/** Port: stages an evaluation's domain events as integration events in its own outbox, before the one save. */
public interface EvaluationEvents {

    void stage(Evaluation evaluation, List<EvaluationEvent> events);
}
