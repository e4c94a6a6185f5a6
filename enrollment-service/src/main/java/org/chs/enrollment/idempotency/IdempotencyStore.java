package org.chs.enrollment.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * 幂等控制 — claims idempotency keys atomically (insert against a unique index, never read-then-write) and stores the response
 * to replay.
 */
@Service
public class IdempotencyStore {

    /** How long a key is remembered. */
    public static final Duration RETENTION = Duration.ofHours(24);

    private final MongoTemplate mongo;
    private final Clock clock;

    public IdempotencyStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
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

    public Claim claim(String clientId, String key, String requestHash) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Instant now = clock.instant();
            try {
                IdempotencyRecord claimed = mongo.insert(new IdempotencyRecord(clientId, key, requestHash, now, now.plus(RETENTION)));
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
                if (existing.state() == IdempotencyRecord.State.IN_FLIGHT) {
                    return new Claim.InFlight();
                }
                return new Claim.Replay(new StoredResponse(existing.status(), existing.contentType(), existing.location(), existing.body()));
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
