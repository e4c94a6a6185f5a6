package org.chs.evaluation.kpi;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.chs.platform.messaging.IdempotentWriter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * 指标记录 — applies one fact (a handling, a review, a rectification, a settlement) to its point's day bucket, at most once.
 *
 * <p>Why this shape, without transactions: each fact is one conditional update of one document —
 * {@code {_id: bucket, appliedEvents: {$ne: key}}} with {@code $inc} of the counters and {@code $push} of the key (sliced to
 * the last {@link KpiProperties#bucketWindow()} keys) — so the counters and the memory of what was counted change together or
 * not at all. The key is the business id ({@code handling:<handlingId>}), not the envelope's event id, so a handling counts
 * once even if it were published twice. The bucket is created first by a separate, harmless upsert of {@code $setOnInsert}
 * only: the counting update then never inserts, so two first events of a day cannot race into a duplicate-key error that
 * would be mistaken for "already applied".
 */
@Component
public class KpiRecorder {

    private static final Pattern SAFE_KEY = Pattern.compile("[A-Z_]{1,40}");
    /** Catalogue item codes as site-registry writes them ({@code ENR-02}, {@code RMB-01}). */
    private static final Pattern SAFE_ITEM = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    private final MongoOperations mongo;
    private final IdempotentWriter writer;
    private final KpiProperties settings;

    public KpiRecorder(MongoOperations mongo, IdempotentWriter writer, KpiProperties settings) {
        this.mongo = mongo;
        this.writer = writer;
        this.settings = settings;
    }

    /** @return whether this call counted it ({@code false}: counted before) */
    public boolean recordHandling(HandlingFact fact) {
        String channel = safe(fact.channel());
        Update update = new Update().inc("handlings", 1).inc("byChannel." + channel, 1).inc("byItem." + safeItem(fact.itemCode()), 1);
        // A handling with typed counter times still counts as a handling, of its channel and item; its times do not.
        boolean timed = fact.timesDerived();
        if (timed && fact.instant() && fact.startedAt() != null) {
            update.inc("instantHandlings", 1).inc("instantHandlingSeconds", seconds(fact.startedAt(), fact.completedAt()));
        }
        if (timed && settings.waitingChannels().contains(channel) && fact.queuedAt() != null && fact.startedAt() != null) {
            update.inc("waits", 1).inc("waitSeconds", seconds(fact.queuedAt(), fact.startedAt()));
        }
        return apply(fact.servicePointId(), dayOf(fact.completedAt()), "handling:" + fact.handlingId(), update);
    }

    /** A 好差评 review, counted on the day of the handling it rates. */
    public boolean recordReview(String handlingId, String servicePointId, LocalDate handlingDay, String level, boolean bad) {
        Update update = new Update().inc("reviews", 1).inc("reviewsByLevel." + safe(level), 1);
        if (bad) {
            update.inc("badReviews", 1);
        }
        return apply(servicePointId, handlingDay, "review:" + handlingId, update);
    }

    /** A bad review whose rectification was closed, on the day of the handling it rated. */
    public boolean recordRectified(String handlingId, String servicePointId, LocalDate handlingDay) {
        return apply(servicePointId, handlingDay, "rectified:" + handlingId, new Update().inc("rectifiedBadReviews", 1));
    }

    /**
     * A settled bill of an institution: DIRECT at its window or MANUAL (零星报销) at a counter. Counted under the institution
     * ({@link #institutionKey}), not the settling point: a manual reimbursement is settled at a county counter, yet it is the
     * hospital's direct-settlement rate it lowers.
     */
    public boolean recordSettlement(String settlementId, String institutionId, Instant settledAt, boolean direct) {
        LocalDate day = dayOf(settledAt);
        // the fact first: should we crash before counting, the redelivery finds it and counts; a reversal always finds it
        writer.insertOnce(new SettlementFact(settlementId, institutionId, day.toString(), direct, Instant.now()));
        return apply(institutionKey(institutionId), day, "settlement:" + settlementId,
                new Update().inc(direct ? "directSettlements" : "manualSettlements", 1));
    }

    /**
     * A reversed settlement (冲正) leaves the counters of the day it was counted on, once.
     *
     * @return {@code false} if it had been taken back before
     * @throws UnknownSettlementException if its completion has not been counted (yet): the caller retries, since both events
     *                                    travel on one queue and the completion normally comes first
     */
    public boolean recordSettlementReversed(String settlementId) {
        SettlementFact fact = mongo.findById(settlementId, SettlementFact.class);
        if (fact == null) {
            throw new UnknownSettlementException(settlementId);
        }
        return apply(institutionKey(fact.institutionId()), LocalDate.parse(fact.day()), "reversal:" + settlementId,
                new Update().inc(fact.direct() ? "directSettlements" : "manualSettlements", -1));
    }

    /** A reversal of a settlement whose completion has not been counted. */
    public static final class UnknownSettlementException extends RuntimeException {

        public UnknownSettlementException(String settlementId) {
            super("settlement " + settlementId + " has not been counted, so its reversal cannot be applied yet");
        }
    }

    /** The bucket owner under which an institution's settlements are counted. */
    public static String institutionKey(String institutionId) {
        return "institution:" + institutionId;
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, settings.zone());
    }

    private boolean apply(String servicePointId, LocalDate day, String key, Update update) {
        String id = KpiBucket.idOf(servicePointId, day.toString());
        ensureBucket(id, servicePointId, day);
        return writer.updateOnce(KpiBucket.class, id, key, update, settings.bucketWindow());
    }

    private void ensureBucket(String id, String servicePointId, LocalDate day) {
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(id)),
                    new Update().setOnInsert("servicePointId", servicePointId).setOnInsert("day", day.toString()), KpiBucket.class);
        } catch (DuplicateKeyException createdConcurrently) {
            // another consumer created it between our filter and our insert: it exists, which is all we need
        }
    }

    private static long seconds(Instant from, Instant to) {
        // a clock skew between producer machines must not subtract time from the average
        return Math.max(0, Duration.between(from, to).toSeconds());
    }

    private static String safeItem(String itemCode) {
        // the same guard as safe(): an item code becomes a field path; without one the handling still counts, as UNKNOWN
        if (itemCode == null || itemCode.isBlank()) {
            return "UNKNOWN";
        }
        String upper = itemCode.strip().toUpperCase(java.util.Locale.ROOT);
        return SAFE_ITEM.matcher(upper).matches() ? upper : "OTHER";
    }

    private static String safe(String key) {
        // map keys become field paths: never let an event inject a '.' or '$'
        String upper = key == null ? "UNKNOWN" : key.toUpperCase(java.util.Locale.ROOT);
        return SAFE_KEY.matcher(upper).matches() ? upper : "OTHER";
    }
}
