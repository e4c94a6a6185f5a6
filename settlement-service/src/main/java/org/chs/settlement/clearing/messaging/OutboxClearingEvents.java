package org.chs.settlement.clearing.messaging;

import java.util.List;

import org.chs.contracts.ClearingStatementIssuedEvent;
import org.chs.contracts.RoutingKeys;
import org.chs.platform.messaging.Outbox;
import org.chs.settlement.clearing.ClearingEvent;
import org.chs.settlement.clearing.ClearingEvents;
import org.chs.settlement.clearing.ClearingStatement;
import org.springframework.stereotype.Component;

/** Maps clearing's domain events to {@code clearing.statement-issued.v1} and stages them in the statement's outbox. */
@Component
class OutboxClearingEvents implements ClearingEvents {

    private final Outbox outbox;

    OutboxClearingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void stage(ClearingStatement statement, List<ClearingEvent> events) {
        for (ClearingEvent event : events) {
            if (event instanceof ClearingEvent.StatementIssued e) {
                outbox.stage(statement, RoutingKeys.CLEARING_STATEMENT_ISSUED_V1, new ClearingStatementIssuedEvent(e.statementId(),
                        e.period(), e.payerRegion(), e.payeeRegion(), Math.toIntExact(e.settledCount()), Math.toIntExact(e.reversedCount()),
                        e.fundPayment().toPlainString(), e.issuedAt()), e.issuedAt());
            }
        }
    }
}
