package org.chs.evaluation.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chs.contracts.ReviewTokenHash;
import org.chs.evaluation.kpi.KpiRecorder;
import org.chs.evaluation.shared.Actor;
import org.chs.evaluation.shared.ConflictException;
import org.chs.evaluation.shared.ForbiddenException;
import org.chs.evaluation.shared.NotFoundException;
import org.chs.platform.messaging.IdempotentWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/** Use cases of 好差评: receive handlings, submit a review with its token, answer and close rectifications. */
@Service
public class ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);

    private final MongoOperations mongo;
    private final IdempotentWriter writer;
    private final KpiRecorder kpis;
    private final ReviewProperties properties;
    private final Clock clock;

    public ReviewService(MongoOperations mongo, IdempotentWriter writer, KpiRecorder kpis, ReviewProperties properties, Optional<Clock> clock) {
        this.mongo = mongo;
        this.writer = writer;
        this.kpis = kpis;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Remembers a completed handling so that its review can be matched; a redelivery inserts nothing. */
    public boolean registerHandling(HandlingReceipt receipt) {
        return writer.insertOnce(receipt);
    }

    /**
     * A citizen reviews a handling with the token they were given. The handling must have reached this service: a review that
     * comes before its handling event is refused with 404 and a "try again shortly" detail rather than stored unverified,
     * because only the event's hash can prove the token.
     */
    public Review submit(String handlingId, String token, ReviewLevel level, List<ReviewReason> reasons, String comment) {
        HandlingReceipt receipt = provenReceipt(handlingId, token);
        Instant now = clock.instant();
        boolean bad = properties.badLevels().contains(level);
        Review review = Review.submit(receipt, kpis.dayOf(receipt.completedAt()), level, reasons == null ? List.of() : reasons, comment,
                bad, now, now.plus(Duration.ofDays(properties.rectificationDays())));
        try {
            review = mongo.insert(review);
        } catch (DuplicateKeyException alreadyReviewed) {
            throw new ConflictException("already-reviewed", "Handling " + handlingId + " has already been reviewed");
        }
        applyKpi(review);
        return review;
    }

    /**
     * What the citizen's review page shows before the review: the handling's item and point, and whether it was reviewed. The
     * same proof as a review: the handling must have arrived (404 otherwise) and the token must hash to the event's hash (403).
     */
    public ReviewInvitation invitation(String handlingId, String token) {
        HandlingReceipt receipt = provenReceipt(handlingId, token);
        return new ReviewInvitation(receipt, kpis.dayOf(receipt.completedAt()), mongo.findById(handlingId, Review.class));
    }

    /** The point's counter clerk answers a rectification: what was changed. */
    public Review answer(String handlingId, String text, Actor actor) {
        Review review = find(handlingId);
        if (!actor.worksAt(review.servicePointId())) {
            throw new ForbiddenException("Only the staff of service point " + review.servicePointId() + " answer its rectifications");
        }
        review.answer(text, actor.name(), clock.instant());
        return mongo.save(review);
    }

    /** An administrator closes an answered rectification: the loop is closed and the bad review counts as rectified. */
    public Review close(String handlingId, String note, Actor actor) {
        Review review = find(handlingId);
        review.close(note, actor.name(), clock.instant());
        review = mongo.save(review);
        applyKpi(review);
        return review;
    }

    public Review get(String handlingId, Actor actor) {
        Review review = find(handlingId);
        requireVisible(review.servicePointId(), actor);
        return review;
    }

    public Page<Review> reviews(String servicePointId, Actor actor, Pageable page) {
        requireVisible(servicePointId, actor);
        Criteria criteria = servicePointId == null ? new Criteria() : Criteria.where("servicePointId").is(servicePointId);
        return page(criteria, page);
    }

    public Page<Review> rectifications(String servicePointId, RectificationStatus status, boolean overdueOnly, Actor actor, Pageable page) {
        requireVisible(servicePointId, actor);
        List<Criteria> and = new ArrayList<>();
        and.add(Criteria.where("rectification").ne(null));
        if (servicePointId != null) {
            and.add(Criteria.where("servicePointId").is(servicePointId));
        }
        if (status != null) {
            and.add(Criteria.where("rectification.status").is(status));
        }
        if (overdueOnly) {
            and.add(Criteria.where("rectification.status").ne(RectificationStatus.CLOSED));
            and.add(Criteria.where("rectification.dueAt").lt(clock.instant()));
        }
        return page(new Criteria().andOperator(and.toArray(Criteria[]::new)), page);
    }

    public boolean overdue(Review review) {
        return review.rectification() != null && review.rectification().overdue(clock.instant());
    }

    /**
     * Re-applies KPI updates that a crash left owed (see {@link Review}). Idempotent: the bucket update is keyed by the handling,
     * so a review counted before the crash is not counted again.
     */
    @Scheduled(fixedDelayString = "${chs.evaluation.review.kpi-repair-interval:30s}", initialDelayString = "${chs.evaluation.review.kpi-repair-interval:30s}")
    public void applyPendingKpis() {
        Query pending = Query.query(Criteria.where("kpiPending").is(true)).limit(200);
        for (Review review : mongo.find(pending, Review.class)) {
            try {
                applyKpi(review);
            } catch (RuntimeException e) {
                log.warn("KPI update for review {} still pending: {}", review.handlingId(), e.toString());
            }
        }
    }

    private void applyKpi(Review review) {
        kpis.recordReview(review.handlingId(), review.servicePointId(), review.handlingDay(), review.level().name(), review.bad());
        if (review.rectification() != null && review.rectification().status() == RectificationStatus.CLOSED) {
            kpis.recordRectified(review.handlingId(), review.servicePointId(), review.handlingDay());
        }
        // $unset without @Version: the flag is ours alone, and a concurrent answer/close must not fail for it
        mongo.updateFirst(Query.query(Criteria.where("_id").is(review.handlingId())),
                new Update().unset("kpiPending"), Review.class);
    }

    private HandlingReceipt provenReceipt(String handlingId, String token) {
        HandlingReceipt receipt = mongo.findById(handlingId, HandlingReceipt.class);
        if (receipt == null) {
            throw new NotFoundException("handling-not-received", "Handling " + handlingId + " is not known here yet. Handlings "
                    + "arrive within seconds of completion: check the id, or try again shortly.");
        }
        if (!ReviewTokenHash.matches(token, receipt.reviewTokenHash())) {
            throw new ForbiddenException("The review token does not belong to handling " + handlingId);
        }
        return receipt;
    }

    private Page<Review> page(Criteria criteria, Pageable page) {
        Query query = Query.query(criteria).with(page);
        List<Review> content = mongo.find(query, Review.class);
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(Query.query(criteria), Review.class));
    }

    private Review find(String handlingId) {
        Review review = mongo.findById(handlingId, Review.class);
        if (review == null) {
            throw new NotFoundException("review-not-found", "Handling " + handlingId + " has no review");
        }
        return review;
    }

    /** Administrators see every point; a clerk only their own. */
    private static void requireVisible(String servicePointId, Actor actor) {
        if (actor.admin()) {
            return;
        }
        if (servicePointId == null || !actor.worksAt(servicePointId)) {
            throw new ForbiddenException("A clerk sees the reviews of their own service point only: pass servicePointId="
                    + actor.servicePointId().orElse("<your point>"));
        }
    }
}
