package org.chs.settlement.accumulator;

import java.time.Clock;
import java.util.Optional;

import com.mongodb.client.result.UpdateResult;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Reserves and releases fund payments on the per-person, per-year accumulator with atomic conditional updates (see package docs). */
@Service
public class AccumulatorService {

    private final MongoOperations mongo;
    private final Clock clock;

    public AccumulatorService(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The person's accumulator for the year, created empty if it does not exist yet (an idempotent upsert). */
    public Accumulator current(String personId, int year) {
        String id = Accumulator.key(personId, year);
        Update create = new Update().setOnInsert("personId", personId).setOnInsert("year", year)
                .setOnInsert(Accumulator.FUND_PAID_FEN, 0L).setOnInsert(Accumulator.RESERVATIONS, java.util.List.of())
                .setOnInsert("createdAt", clock.instant());
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(id)), create,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Accumulator.class);
    }

    public Optional<Accumulator> find(String personId, int year) {
        return Optional.ofNullable(mongo.findById(Accumulator.key(personId, year), Accumulator.class));
    }

    /**
     * Adds a bill's fund payment if, and only if, the total is still the one it was computed from and the bill holds no
     * reservation yet.
     *
     * @return {@code false} when either precondition failed: recompute from a fresh {@link #current} and try again
     */
    public boolean reserve(String personId, int year, String bill, String attempt, long expectedPaidFen, long fen) {
        Query unchanged = Query.query(Criteria.where("_id").is(Accumulator.key(personId, year))
                .and(Accumulator.FUND_PAID_FEN).is(expectedPaidFen)
                .and(Accumulator.RESERVATIONS + ".bill").ne(bill));
        Update add = new Update().inc(Accumulator.FUND_PAID_FEN, fen)
                .push(Accumulator.RESERVATIONS, new Accumulator.Reservation(bill, attempt, fen, clock.instant()));
        UpdateResult result = mongo.updateFirst(unchanged, add, Accumulator.class);
        return result.getModifiedCount() == 1;
    }

    /**
     * Takes back the reservation a bill's attempt made, if it is there; a second call, or one for an attempt that never
     * reserved, changes nothing.
     *
     * @return {@code true} if this call released it
     */
    public boolean release(String personId, int year, String bill, String attempt) {
        Optional<Accumulator.Reservation> reservation = find(personId, year).flatMap(a -> a.reservationFor(bill))
                .filter(r -> r.attempt().equals(attempt));
        if (reservation.isEmpty()) {
            return false;
        }
        long fen = reservation.get().fen();
        // the filter re-states the exact reservation, so two concurrent releases cannot both subtract
        Query held = Query.query(Criteria.where("_id").is(Accumulator.key(personId, year))
                .and(Accumulator.RESERVATIONS).elemMatch(Criteria.where("bill").is(bill).and("attempt").is(attempt).and("fen").is(fen)));
        Update remove = new Update().inc(Accumulator.FUND_PAID_FEN, -fen)
                .pull(Accumulator.RESERVATIONS, new org.bson.Document("bill", bill).append("attempt", attempt));
        return mongo.updateFirst(held, remove, Accumulator.class).getModifiedCount() == 1;
    }
}
