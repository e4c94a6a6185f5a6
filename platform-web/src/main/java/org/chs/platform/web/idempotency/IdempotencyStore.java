package org.chs.platform.web.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * 幂等控制 — claims idempotency keys atomically (an insert against a unique index, never read-then-write) and keeps the answer
 * to replay, in the service's own database (collection {@code idempotency_keys}).
 */
public class IdempotencyStore {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyStore.class);
    // The names enrollment-service's indexes had before this store moved here, so that existing databases keep them.
    static final String UNIQUE_INDEX = "one_claim_per_client_and_key";
    static final String TTL_INDEX = "expire_after_ttl";

    private final MongoOperations mongo;
    private final Clock clock;
    private final Duration retention;
    private final Duration inFlightTimeout;
    private volatile boolean indexed;

    public IdempotencyStore(MongoOperations mongo, Clock clock, Duration retention, Duration inFlightTimeout) {
        this.mongo = mongo;
        this.clock = clock;
        this.retention = retention;
        this.inFlightTimeout = inFlightTimeout;
    }

    /** The result of a claim. */
    public sealed interface Claim {
        /** This request owns the key now: do the work, then {@link #complete} or {@link #release}. */
        record Claimed(String recordId) implements Claim {
        }

        /** The key was used before for this very request: answer with the stored response. */
        record Replay(StoredResponse response) implements Claim {
        }

        /** The key was used before for a different request. */
        record Mismatch() implements Claim {
        }

        /** The first request with this key is still being processed. */
        record InFlight() implements Claim {
        }
    }

    /** Creates the unique and the TTL index; the claim's atomicity rests on the first. */
    public void ensureIndexes() {
        if (indexed) {
            return;
        }
        try {
            var indexes = mongo.indexOps(IdempotencyRecord.COLLECTION);
            indexes.createIndex(new Index().on("clientId", Sort.Direction.ASC).on("key", Sort.Direction.ASC).unique().named(UNIQUE_INDEX));
            indexes.createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(Duration.ZERO).named(TTL_INDEX));
            indexed = true;
        } catch (DataAccessException e) {
            log.warn("Cannot create the indexes of {} yet; retrying on the next claim", IdempotencyRecord.COLLECTION, e);
        }
    }

    public Claim claim(String clientId, String key, String requestHash) {
        ensureIndexes();
        if (!indexed) {
            throw new IllegalStateException("The unique index of " + IdempotencyRecord.COLLECTION + " does not exist; claims would not be atomic");
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant now = clock.instant();
            try {
                IdempotencyRecord claimed = mongo.insert(new IdempotencyRecord(clientId, key, requestHash, now, now.plus(retention)));
                return new Claim.Claimed(claimed.id());
            } catch (DuplicateKeyException e) {
                IdempotencyRecord existing = mongo.findOne(byClientAndKey(clientId, key), IdempotencyRecord.class);
                if (existing == null) {
                    continue; // released or expired between our insert and read: claim again
                }
                if (existing.expiresAt().isBefore(now)) {
                    // Expired but not yet removed (the embedded MongoDB has no TTL monitor): remove exactly that record and retry.
                    mongo.remove(Query.query(Criteria.where("_id").is(existing.id()).and("expiresAt").is(existing.expiresAt())),
                            IdempotencyRecord.class);
                    continue;
                }
                if (!existing.requestHash().equals(requestHash)) {
                    return new Claim.Mismatch();
                }
                if (existing.state() == IdempotencyRecord.State.COMPLETED) {
                    return new Claim.Replay(existing.response());
                }
                if (existing.createdAt().isAfter(now.minus(inFlightTimeout))) {
                    return new Claim.InFlight();
                }
                // The instance that claimed it stopped before answering: take the claim over, if nobody else just did.
                long taken = mongo.updateFirst(Query.query(Criteria.where("_id").is(existing.id())
                                .and("state").is(IdempotencyRecord.State.IN_FLIGHT).and("createdAt").is(existing.createdAt())),
                        new Update().set("createdAt", now), IdempotencyRecord.class).getModifiedCount();
                if (taken == 1) {
                    return new Claim.Claimed(existing.id());
                }
            }
        }
        return new Claim.InFlight();
    }

    public void complete(String recordId, StoredResponse response) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(recordId)), new Update()
                .set("state", IdempotencyRecord.State.COMPLETED)
                .set("status", response.status())
                .set("contentType", response.contentType())
                .set("location", response.location())
                .set("body", response.body())
                .set("completedAt", clock.instant()), IdempotencyRecord.class);
    }

    /** Forgets a claim whose request failed in a way worth retrying (5xx), so that the same key may be sent again. */
    public void release(String recordId) {
        mongo.remove(Query.query(Criteria.where("_id").is(recordId).and("state").is(IdempotencyRecord.State.IN_FLIGHT)),
                IdempotencyRecord.class);
    }

    private static Query byClientAndKey(String clientId, String key) {
        return Query.query(Criteria.where("clientId").is(clientId).and("key").is(key));
    }
}
