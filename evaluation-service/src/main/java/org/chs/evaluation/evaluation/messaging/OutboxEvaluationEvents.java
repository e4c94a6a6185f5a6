package org.chs.evaluation.evaluation.messaging;

import java.util.List;

import org.chs.contracts.EvaluationFinalizedEvent;
import org.chs.contracts.RoutingKeys;
import org.chs.evaluation.evaluation.Evaluation;
import org.chs.evaluation.evaluation.EvaluationEvent;
import org.chs.evaluation.evaluation.EvaluationEvents;
import org.chs.evaluation.scoring.Outcome;
import org.chs.platform.messaging.Outbox;
import org.springframework.stereotype.Component;

/**
 * Maps an evaluation's domain events to the integration events of {@code platform-contracts} ({@code evaluation.finalized.v1})
 * and stages them in the evaluation's outbox (exchange {@code evaluation.events}); the relay publishes them after the one save.
 */
@Component
class OutboxEvaluationEvents implements EvaluationEvents {

    /** Prefix of {@code vetoReason} for a site found ineligible: the contract has no field of its own for it (DOMAIN §5.3 V0). */
    static final String INELIGIBLE_PREFIX = "INELIGIBLE: ";

    private final Outbox outbox;

    OutboxEvaluationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void stage(Evaluation evaluation, List<EvaluationEvent> events) {
        for (EvaluationEvent event : events) {
            if (event instanceof EvaluationEvent.EvaluationFinalized e) {
                outbox.stage(evaluation, RoutingKeys.EVALUATION_FINALIZED_V1, finalized(e), e.finalizedAt());
            }
        }
    }

    static EvaluationFinalizedEvent finalized(EvaluationEvent.EvaluationFinalized e) {
        String reason = switch (e.outcome()) {
            case SCORED -> null;
            case VETOED -> String.join("; ", e.reasons());
            case INELIGIBLE -> INELIGIBLE_PREFIX + String.join("; ", e.reasons());
        };
        // an ineligible site is not scored; it travels as vetoed so that site-registry never awards it. The contract carries a
        // double; the BigDecimal is already rounded to 2 decimals, so nothing is lost that matters
        return new EvaluationFinalizedEvent(e.evaluationId(), e.declarationId(), e.batchId(), e.servicePointId(),
                e.score() == null ? 0.0 : e.score().doubleValue(), e.outcome() != Outcome.SCORED, reason);
    }
}
