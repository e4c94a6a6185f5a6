package org.chs.platform.messaging;

import java.util.Objects;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.client.result.UpdateResult;

/**
 * Writes a consumer's effect of an event at most once, keyed by the event id, in a single document write.
 *
 * <p>Why not a separate "processed events" marker: the marker and the handler's own write would be two writes without a
 * transaction, and a crash between them either loses the effect or applies it twice. Here the effect carries the key:
 * <ul>
 * <li>{@link #insertOnce(Object)} — the fact the handler stores has {@code _id} = the event id (or
 * {@code <aggregate>:<eventId>}); the unique {@code _id} turns a redelivery into a {@link DuplicateKeyException}, reported
 * as {@code false}.</li>
 * <li>{@link #updateOnce(Class, Object, String, Update)} — for counters and accumulators: the {@code $inc} and the
 * remembering of the event id in the document's {@value #APPLIED_EVENTS} array happen in one conditional update whose
 * filter is {@code appliedEvents != eventId}.</li>
 * </ul>
 */
public final class IdempotentWriter {

    /** The array in which {@link #updateOnce} remembers the events applied to a document. */
    public static final String APPLIED_EVENTS = "appliedEvents";

    /**
     * How many event ids a document remembers. Redeliveries come within minutes (broker redelivery, relay re-publish), not
     * after this many later events to the same document, and the window keeps the document from growing without bound.
     */
    public static final int DEFAULT_WINDOW = 1000;

    private final MongoOperations mongo;

    public IdempotentWriter(MongoOperations mongo) {
        this.mongo = Objects.requireNonNull(mongo, "mongo");
    }

    /**
     * Inserts a fact whose id is derived from the event id.
     *
     * @return {@code true} if this call stored it, {@code false} if it was already there (a duplicate delivery)
     */
    public boolean insertOnce(Object fact) {
        try {
            mongo.insert(fact);
            return true;
        } catch (DuplicateKeyException duplicate) {
            return false;
        }
    }

    /** As {@link #insertOnce(Object)}, into a named collection. */
    public boolean insertOnce(Object fact, String collection) {
        try {
            mongo.insert(fact, collection);
            return true;
        } catch (DuplicateKeyException duplicate) {
            return false;
        }
    }

    /**
     * Applies an update (typically {@code $inc}) to the document with the given id unless that document has already applied
     * this event; creates the document if it does not exist. The given {@link Update} is extended with the remembering of the
     * event id, so pass a fresh one.
     *
     * @return {@code true} if this call applied the update, {@code false} if the event had been applied before
     */
    public boolean updateOnce(Class<?> entityClass, Object id, String eventId, Update update) {
        return updateOnce(entityClass, id, eventId, update, DEFAULT_WINDOW);
    }

    /** As {@link #updateOnce(Class, Object, String, Update)}, remembering the last {@code window} event ids. */
    public boolean updateOnce(Class<?> entityClass, Object id, String eventId, Update update, int window) {
        Objects.requireNonNull(eventId, "eventId");
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1");
        }
        Query notYetApplied = Query.query(Criteria.where("_id").is(id).and(APPLIED_EVENTS).ne(eventId));
        update.push(APPLIED_EVENTS).slice(-window).each(eventId);
        try {
            UpdateResult result = mongo.upsert(notYetApplied, update, entityClass);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException collided) {
            // Either the document holds the event id already (the filter missed, the insert collided on _id), or another
            // event created the document between our filter and our insert. The document exists now: try once more without
            // upsert, which applies in the second case and matches nothing in the first.
            return mongo.updateFirst(notYetApplied, update, entityClass).getModifiedCount() > 0;
        }
    }
}
