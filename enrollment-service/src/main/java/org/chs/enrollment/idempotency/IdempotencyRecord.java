package org.chs.enrollment.idempotency;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 幂等键 — a partner's {@code Idempotency-Key}: claimed by inserting this document (the unique index on client and key
 * refuses a second claim), then completed with the response to replay. Expires after a day (TTL index on {@code expiresAt};
 * the claim logic also treats an expired record as absent, because the embedded MongoDB does not remove expired documents).
 */
@Document("idempotency_keys")
@CompoundIndex(name = "one_claim_per_client_and_key", def = "{'clientId': 1, 'key': 1}", unique = true)
public class IdempotencyRecord {

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
    @Indexed(name = "expire_after_ttl", expireAfter = "0s")
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

    public String id() {
        return id;
    }

    public String requestHash() {
        return requestHash;
    }

    public State state() {
        return state;
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public String location() {
        return location;
    }

    public String body() {
        return body;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
