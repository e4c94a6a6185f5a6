package org.chs.evaluation.kpi.messaging;

import org.chs.contracts.EventEnvelope;
import org.chs.contracts.SettlementCompletedEvent;
import org.chs.evaluation.kpi.KpiRecorder;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/** 结算完成 from settlement-service: counted once per settlement in its institution's direct-settlement rate. */
@Component
class SettlementsListener {

    private final KpiRecorder kpis;

    SettlementsListener(KpiRecorder kpis) {
        this.kpis = kpis;
    }

    @RabbitListener(queues = "evaluation.settlements${chs.evaluation.queue-suffix:}")
    void onSettlementCompleted(EventEnvelope<SettlementCompletedEvent> envelope) {
        SettlementCompletedEvent event = envelope.payload();
        if (event.settlementId() == null || event.institutionId() == null || event.settledAt()
                == null || !("DIRECT".equals(event.mode()) || "MANUAL".equals(event.mode()))) {
            throw new AmqpRejectAndDontRequeueException("settlement.completed.v1 " + envelope.eventId() + " lacks an id, an "
                    + "institution, a time or a DIRECT/MANUAL mode");
        }
        kpis.recordSettlement(event.settlementId(), event.institutionId(), event.settledAt(), "DIRECT".equals(event.mode()));
    }
}
