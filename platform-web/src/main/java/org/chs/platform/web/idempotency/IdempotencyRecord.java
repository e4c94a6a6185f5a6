package org.chs.platform.web.idempotency;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A claimed {@code Idempotency-Key}: inserted before the request runs (a unique index on client and key refuses a second
 * claim), then completed with the answer to replay. Expires after the retention (TTL index on {@code expiresAt}; the claim
 * also treats an expired record as absent, because the embedded MongoDB does not remove expired documents).
 */
@Document(IdempotencyRecord.COLLECTION)
public class IdempotencyRecord {

    static final String COLLECTION = "idempotency_keys";

    /** The state of a claim. */
    public enum State {
        IN_FLIGHT, COMPLETED
    }

    @Id
    private String id;
    private String clientId;
    private String key;
    private String requestHash;
    private State state;
    private int status;
    private String contentType;
    private String location;
    private String body;
    private Instant createdAt;
    private Instant completedAt;
    private Instant expiresAt;

    IdempotencyRecord() {
    }

    IdempotencyRecord(String clientId, String key, String requestHash, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID().toString();
        this.clientId = clientId;
        this.key = key;
        this.requestHash = requestHash;
        this.state = State.IN_FLIGHT;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    String id() {
        return id;
    }

    String requestHash() {
        return requestHash;
    }

    State state() {
        return state;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    StoredResponse response() {
        return new StoredResponse(status, contentType, location, body);
    }
}
