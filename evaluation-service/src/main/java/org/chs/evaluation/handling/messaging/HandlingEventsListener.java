package org.chs.evaluation.handling.messaging;

import java.time.Clock;
import java.util.Optional;

import org.chs.contracts.EventEnvelope;
import org.chs.contracts.HandlingCompletedEvent;
import org.chs.evaluation.kpi.HandlingFact;
import org.chs.evaluation.kpi.KpiRecorder;
import org.chs.evaluation.review.HandlingReceipt;
import org.chs.evaluation.review.ReviewService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * 办件完成 from enrollment and settlement: counted in the point's KPIs and remembered for its 好差评 review.
 *
 * <p>Two writes, each idempotent on its own (the KPI bucket keyed by the handling id, the receipt by its {@code _id}): a crash
 * between them is repaired by the redelivery, which skips the first and does the second.
 */
@Component
class HandlingEventsListener {

    private static final Logger log = LoggerFactory.getLogger(HandlingEventsListener.class);

    private final KpiRecorder kpis;
    private final ReviewService reviews;
    private final Clock clock;

    HandlingEventsListener(KpiRecorder kpis, ReviewService reviews, Optional<Clock> clock) {
        this.kpis = kpis;
        this.reviews = reviews;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @RabbitListener(queues = {"evaluation.handlings${chs.evaluation.queue-suffix:}",
            "evaluation.settlement-handlings${chs.evaluation.queue-suffix:}"})
    void onHandlingCompleted(EventEnvelope<HandlingCompletedEvent> envelope) {
        HandlingCompletedEvent event = envelope.payload();
        HandlingFact fact;
        try {
            fact = new HandlingFact(event.handlingId(), event.servicePointId(), event.channel(), event.instant(), event.queuedAt(),
                    event.startedAt(), event.completedAt(), event.itemCode(), event.ticketId());
        } catch (NullPointerException | IllegalArgumentException incomplete) {
            // another attempt cannot add the missing field: straight to the dead-letter queue
            throw new AmqpRejectAndDontRequeueException("handling.completed.v1 " + envelope.eventId() + " is incomplete: "
                    + incomplete.getMessage(), incomplete);
        }
        boolean counted = kpis.recordHandling(fact);
        if (event.reviewTokenHash() != null) {
            reviews.registerHandling(new HandlingReceipt(event.handlingId(), event.servicePointId(), event.servicePointName(),
                    event.itemCode(), event.itemName(), event.channel(), event.completedAt(), event.reviewTokenHash(), clock.instant()));
        }
        log.debug("handling {} at {}: {}", event.handlingId(), event.servicePointId(), counted ? "counted" : "already counted");
    }
}
