package org.chs.evaluation.kpi.messaging;

import org.chs.contracts.EventEnvelope;
import org.chs.contracts.RoutingKeys;
import org.chs.contracts.SettlementCompletedEvent;
import org.chs.contracts.SettlementReversedEvent;
import org.chs.evaluation.kpi.KpiRecorder;
import org.chs.platform.messaging.EnvelopeReader;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * 结算完成 and 结算冲正 from settlement-service, on one queue so that a reversal comes after its settlement: each settlement
 * counts once in its institution's direct-settlement rate, and leaves it once when reversed.
 */
@Component
class SettlementsListener {

    private final KpiRecorder kpis;
    private final EnvelopeReader reader;

    SettlementsListener(KpiRecorder kpis, EnvelopeReader reader) {
        this.kpis = kpis;
        this.reader = reader;
    }

    @RabbitListener(queues = "evaluation.settlements${chs.evaluation.queue-suffix:}")
    void onSettlementEvent(Message message) {
        String routingKey = message.getMessageProperties().getReceivedRoutingKey();
        if (RoutingKeys.SETTLEMENT_COMPLETED_V1.equals(routingKey)) {
            completed(reader.read(message, SettlementCompletedEvent.class));
        } else if (RoutingKeys.SETTLEMENT_REVERSED_V1.equals(routingKey)) {
            EventEnvelope<SettlementReversedEvent> envelope = reader.read(message, SettlementReversedEvent.class);
            if (envelope.payload().settlementId() == null) {
                throw new AmqpRejectAndDontRequeueException("settlement.reversed.v1 " + envelope.eventId() + " has no settlement id");
            }
            // an unknown settlement throws and is retried with backoff: its completion may still be on its way
            kpis.recordSettlementReversed(envelope.payload().settlementId());
        } else {
            throw new AmqpRejectAndDontRequeueException("unexpected routing key " + routingKey + " on the settlements queue");
        }
    }

    private void completed(EventEnvelope<SettlementCompletedEvent> envelope) {
        SettlementCompletedEvent event = envelope.payload();
        if (event.settlementId() == null || event.institutionId() == null || event.settledAt() == null
                || !("DIRECT".equals(event.mode()) || "MANUAL".equals(event.mode()))) {
            throw new AmqpRejectAndDontRequeueException("settlement.completed.v1 " + envelope.eventId() + " lacks an id, an "
                    + "institution, a time or a DIRECT/MANUAL mode");
        }
        kpis.recordSettlement(event.settlementId(), event.institutionId(), event.settledAt(), "DIRECT".equals(event.mode()));
    }
}
