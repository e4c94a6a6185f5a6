package org.chs.settlement.clearing;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 预付金 — the money an insuring region has advanced for its insured persons' direct settlements elsewhere ("先预付后清算"):
 * top-ups add to it, confirmed clearing statements draw on it. Changed only by idempotent atomic {@code $inc}s.
 */
@Document("advance_funds")
public class AdvanceFund {

    @Id
    private String id;
    private long balanceFen;
    private long toppedUpFen;
    private long drawnFen;
    private Instant updatedAt;

    AdvanceFund() {
    }

    public String region() {
        return id;
    }

    public long balanceFen() {
        return balanceFen;
    }

    public long toppedUpFen() {
        return toppedUpFen;
    }

    public long drawnFen() {
        return drawnFen;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
