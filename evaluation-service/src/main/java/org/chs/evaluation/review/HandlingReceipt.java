package org.chs.evaluation.review;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 办件回执 — what a review needs of a completed handling: where it was handled (the point's id and, when the producer knew it,
 * its name), which item, when, and the hash of the review token the citizen received. Keyed by the handling id, so a
 * redelivered event inserts nothing.
 */
@Document("handling_receipts")
public class HandlingReceipt {

    @Id
    private String handlingId;
    private String servicePointId;
    private String servicePointName;
    private String itemCode;
    private String itemName;
    private String channel;
    private Instant completedAt;
    private String reviewTokenHash;
    private Instant receivedAt;

    @PersistenceCreator
    HandlingReceipt() {
    }

    public HandlingReceipt(String handlingId, String servicePointId, String servicePointName, String itemCode, String itemName,
                           String channel, Instant completedAt, String reviewTokenHash, Instant receivedAt) {
        this.handlingId = handlingId;
        this.servicePointId = servicePointId;
        this.servicePointName = servicePointName;
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.channel = channel;
        this.completedAt = completedAt;
        this.reviewTokenHash = reviewTokenHash;
        this.receivedAt = receivedAt;
    }

    public String handlingId() {
        return handlingId;
    }

    public String servicePointId() {
        return servicePointId;
    }

    /** The point's name; {@code null} for handlings whose producer did not send it (show the id then). */
    public String servicePointName() {
        return servicePointName;
    }

    public String itemCode() {
        return itemCode;
    }

    public String itemName() {
        return itemName;
    }

    public String channel() {
        return channel;
    }

    public Instant completedAt() {
        return completedAt;
    }

    String reviewTokenHash() {
        return reviewTokenHash;
    }
}
