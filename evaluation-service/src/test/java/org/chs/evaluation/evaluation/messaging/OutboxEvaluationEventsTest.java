package org.chs.evaluation.evaluation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.chs.contracts.EvaluationFinalizedEvent;
import org.chs.evaluation.evaluation.EvaluationEvent.EvaluationFinalized;
import org.chs.evaluation.scoring.Outcome;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The mapping of a finalised evaluation to {@code evaluation.finalized.v1}, which site-registry awards from. */
class OutboxEvaluationEventsTest {

    static final Instant AT = Instant.parse("2026-06-30T08:00:00Z");

    static EvaluationFinalized finalized(BigDecimal score, Outcome outcome, List<String> reasons) {
        return new EvaluationFinalized("evl-1", "dcl-1", "bat-1", "sp-1", score, outcome, reasons, AT);
    }

    @Nested
    class Finalized {

        @Test
        void shouldCarryTheScoreWithoutAReasonWhenScored() {
            EvaluationFinalizedEvent event = OutboxEvaluationEvents.finalized(finalized(new BigDecimal("91.50"), Outcome.SCORED, List.of()));

            assertThat(event).isEqualTo(new EvaluationFinalizedEvent("evl-1", "dcl-1", "bat-1", "sp-1", 91.5, false, null));
        }

        @Test
        void shouldJoinTheReasonsWhenVetoed() {
            EvaluationFinalizedEvent event = OutboxEvaluationEvents.finalized(finalized(null, Outcome.VETOED,
                    List.of("V1 安全事故", "V3 弄虚作假")));

            assertThat(event.vetoed()).isTrue();
            assertThat(event.score()).isZero();
            assertThat(event.vetoReason()).isEqualTo("V1 安全事故; V3 弄虚作假");
        }

        @Test
        void shouldTravelAsVetoedWithThePrefixWhenIneligible() {
            EvaluationFinalizedEvent event = OutboxEvaluationEvents.finalized(finalized(null, Outcome.INELIGIBLE,
                    List.of("V0 not constructed")));

            assertThat(event.vetoed()).isTrue();
            assertThat(event.vetoReason()).isEqualTo("INELIGIBLE: V0 not constructed");
        }
    }
}
