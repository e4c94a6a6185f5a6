package org.chs.settlement.settlement.messaging;

import java.util.List;

import org.chs.contracts.RoutingKeys;
import org.chs.contracts.SettlementCompletedEvent;
import org.chs.contracts.SettlementReversedEvent;
import org.chs.platform.messaging.Outbox;
import org.chs.settlement.handling.messaging.HandlingEvents;
import org.chs.settlement.settlement.Settlement;
import org.chs.settlement.settlement.SettlementEvent;
import org.chs.settlement.settlement.SettlementEvents;
import org.springframework.stereotype.Component;

/**
 * Maps a settlement's domain events to {@code settlement.completed.v1}, {@code settlement.reversed.v1} and
 * {@code handling.completed.v1} and stages them in the settlement's outbox (exchange {@code settlement.events}); the relay
 * publishes them after the one save. Money travels as a plain decimal string with two decimals; never an ID number.
 */
@Component
class OutboxSettlementEvents implements SettlementEvents {

    private final Outbox outbox;

    OutboxSettlementEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void stage(Settlement settlement, List<SettlementEvent> events) {
        for (SettlementEvent event : events) {
            if (event instanceof SettlementEvent.SettlementCompleted e) {
                outbox.stage(settlement, RoutingKeys.SETTLEMENT_COMPLETED_V1, completed(e), e.settledAt());
            } else if (event instanceof SettlementEvent.SettlementReversed e) {
                outbox.stage(settlement, RoutingKeys.SETTLEMENT_REVERSED_V1, reversed(e), e.reversedAt());
            } else if (event instanceof SettlementEvent.HandlingCompleted e) {
                outbox.stage(settlement, RoutingKeys.HANDLING_COMPLETED_V1, HandlingEvents.completed(e.handling()),
                        e.handling().completedAt());
            }
        }
    }

    static SettlementCompletedEvent completed(SettlementEvent.SettlementCompleted e) {
        return new SettlementCompletedEvent(e.settlementId(), e.billNumber(), e.institutionId(), e.servicePointId(), e.personId(),
                e.insuredRegion(), e.treatmentRegion(), e.visitType().name(), e.mode().name(), e.total().toPlainString(),
                e.fundPayment().toPlainString(), e.personalPayment().toPlainString(), e.settledAt());
    }

    static SettlementReversedEvent reversed(SettlementEvent.SettlementReversed e) {
        return new SettlementReversedEvent(e.settlementId(), e.billNumber(), e.institutionId(), e.servicePointId(), e.personId(),
                e.insuredRegion(), e.treatmentRegion(), e.mode().name(), e.fundPayment().toPlainString(), e.reason(), e.reversedAt());
    }
}
