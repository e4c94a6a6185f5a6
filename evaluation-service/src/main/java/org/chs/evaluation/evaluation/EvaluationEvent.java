package org.chs.evaluation.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.chs.evaluation.scoring.Outcome;

/** Internal domain events of an evaluation, mapped to integration events by the messaging adapter. */
public sealed interface EvaluationEvent {

    /**
     * 评估完成 — an evaluation was finalised: scored, vetoed, or found ineligible.
     *
     * @param score   the total, rounded to 2 decimals; {@code null} when it was not scored
     * @param reasons why it was vetoed or found ineligible; empty when scored
     */
    record EvaluationFinalized(String evaluationId, String declarationId, String batchId, String servicePointId, BigDecimal score,
                               Outcome outcome, List<String> reasons, Instant finalizedAt) implements EvaluationEvent {

        public EvaluationFinalized {
            reasons = List.copyOf(reasons);
        }

        static EvaluationFinalized of(Evaluation evaluation) {
            Scorecard scorecard = evaluation.scorecard();
            List<String> reasons = evaluation.outcome() == Outcome.SCORED ? List.of() : scorecard.result().reasons();
            return new EvaluationFinalized(evaluation.id(), evaluation.declarationId(), evaluation.batchId(), evaluation.servicePointId(),
                    evaluation.score(), evaluation.outcome(), reasons, scorecard.finalizedAt());
        }
    }
}
