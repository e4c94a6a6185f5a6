package org.chs.evaluation.evaluation;

import java.time.Clock;
import java.util.Optional;

import org.chs.contracts.EvaluationFinalizedEvent;
import org.chs.contracts.RoutingKeys;
import org.chs.evaluation.scoring.Outcome;
import org.chs.platform.messaging.Outbox;
import org.springframework.stereotype.Component;

/** Stages the integration events of evaluations (评估完成) in the evaluation's own outbox, so they are saved with the change. */
@Component
public class EvaluationEvents {

    /** Prefix of {@code vetoReason} for a site found ineligible: the contract has no field of its own for it (DOMAIN §5.3 V0). */
    public static final String INELIGIBLE_PREFIX = "INELIGIBLE: ";

    private final Outbox outbox;
    private final Clock clock;

    public EvaluationEvents(Outbox outbox, Optional<Clock> clock) {
        this.outbox = outbox;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    void finalized(Evaluation evaluation) {
        Outcome outcome = evaluation.outcome();
        String reason = switch (outcome) {
            case SCORED -> null;
            case VETOED -> String.join("; ", evaluation.scorecard().result().reasons());
            case INELIGIBLE -> INELIGIBLE_PREFIX + String.join("; ", evaluation.scorecard().result().reasons());
        };
        // an ineligible site is not scored; it travels as vetoed so that site-registry never awards it
        outbox.stage(evaluation, RoutingKeys.EVALUATION_FINALIZED_V1, new EvaluationFinalizedEvent(evaluation.id(),
                evaluation.declarationId(), evaluation.batchId(), evaluation.servicePointId(),
                // the contract carries a double; the BigDecimal is already rounded to 2 decimals, so nothing is lost that matters
                evaluation.score() == null ? 0.0 : evaluation.score().doubleValue(),
                outcome != Outcome.SCORED, reason), clock.instant());
    }
}
