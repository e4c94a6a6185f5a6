package org.chs.evaluation.kpi;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 结算记录 — what a reversal (冲正) needs to take a settlement back out of the counters: its institution, the day it was
 * counted on and its mode. Keyed by the settlement id, inserted once.
 */
@Document("settlement_facts")
public class SettlementFact {

    @Id
    private String settlementId;
    private String institutionId;
    private String day;
    private boolean direct;
    private Instant receivedAt;

    @PersistenceCreator
    SettlementFact() {
    }

    SettlementFact(String settlementId, String institutionId, String day, boolean direct, Instant receivedAt) {
        this.settlementId = settlementId;
        this.institutionId = institutionId;
        this.day = day;
        this.direct = direct;
        this.receivedAt = receivedAt;
    }

    String institutionId() {
        return institutionId;
    }

    String day() {
        return day;
    }

    boolean direct() {
        return direct;
    }
}
