package org.chs.settlement.settlement;

import java.math.BigDecimal;
import java.time.Instant;

import org.chs.platform.handling.HandlingRecord;

/** Internal domain events of a settlement, mapped to integration events by the messaging adapter. */
public sealed interface SettlementEvent {

    /** 结算完成 — a bill was settled, directly at a hospital or as a counter's manual reimbursement. */
    record SettlementCompleted(String settlementId, String billNumber, String institutionId, String servicePointId, String personId,
                               String insuredRegion, String treatmentRegion, VisitType visitType, SettlementMode mode, BigDecimal total,
                               BigDecimal fundPayment, BigDecimal personalPayment, Instant settledAt) implements SettlementEvent {
    }

    /** 结算已冲正 — a settlement was reversed; its fund payment no longer counts. */
    record SettlementReversed(String settlementId, String billNumber, String institutionId, String servicePointId, String personId,
                              String insuredRegion, String treatmentRegion, SettlementMode mode, BigDecimal fundPayment, String reason,
                              Instant reversedAt) implements SettlementEvent {
    }

    /** 办件完成 — the counter handling (RMB-01) a manual reimbursement was done under. */
    record HandlingCompleted(HandlingRecord handling) implements SettlementEvent {
    }
}
