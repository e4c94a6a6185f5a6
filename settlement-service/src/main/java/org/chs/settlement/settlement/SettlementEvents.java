package org.chs.settlement.settlement;

import org.chs.contracts.SettlementCompletedEvent;
import org.chs.contracts.SettlementReversedEvent;

/** Maps a settlement to the platform's {@code settlement.completed.v1} and {@code settlement.reversed.v1} contracts. */
final class SettlementEvents {

    private SettlementEvents() {
    }

    static SettlementCompletedEvent completed(Settlement s) {
        return new SettlementCompletedEvent(s.id(), s.billNumber(), s.institutionId(), s.servicePointId(), s.personId(), s.insuredRegion(),
                s.treatmentRegion(), s.visitType().name(), s.mode().name(), s.calculation().total().toPlainString(),
                s.calculation().fundPayment().toPlainString(), s.calculation().personalPayment().toPlainString(), s.settledAt());
    }

    static SettlementReversedEvent reversed(Settlement s) {
        return new SettlementReversedEvent(s.id(), s.billNumber(), s.institutionId(), s.servicePointId(), s.personId(), s.insuredRegion(),
                s.treatmentRegion(), s.mode().name(), s.calculation().fundPayment().toPlainString(), s.reversalReason(), s.reversedAt());
    }
}
