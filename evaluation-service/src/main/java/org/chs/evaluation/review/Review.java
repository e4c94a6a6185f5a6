package org.chs.evaluation.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.chs.evaluation.shared.ConflictException;
import org.chs.evaluation.shared.InvalidFieldException;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 好差评 — a citizen's review of one handling; its id is the handling id, so there is one review per handling. A bad review
 * carries its rectification (整改) inside, so review and rectification change in one document write.
 */
@Document("reviews")
@CompoundIndexes({
        @CompoundIndex(name = "point_submitted", def = "{'servicePointId': 1, 'submittedAt': -1}"),
        @CompoundIndex(name = "rectification_status_due", def = "{'rectification.status': 1, 'rectification.dueAt': 1}"),
        @CompoundIndex(name = "kpi_pending", def = "{'kpiPending': 1}", sparse = true)})
public class Review {

    @Id
    private String handlingId;
    @Version
    private Long version;
    private String servicePointId;
    private String itemCode;
    private ReviewLevel level;
    /** Why the citizen rated so ({@link ReviewReason}); absent on reviews given before reasons were asked. */
    private List<ReviewReason> reasons;
    private String comment;
    private Instant submittedAt;
    /** The handling's local day: the review counts in the KPIs of the period the service happened in. */
    private LocalDate handlingDay;
    private boolean bad;
    private Rectification rectification;
    /**
     * A KPI update this review still owes (the review and the KPI bucket are two documents): set in the same write as the change,
     * cleared after the bucket was updated, re-applied by {@link ReviewService#applyPendingKpis()} after a crash in between.
     */
    private Boolean kpiPending;
    @CreatedDate
    private Instant createdAt;
    @LastModifiedDate
    private Instant lastModifiedAt;
    @LastModifiedBy
    private String lastModifiedBy;

    @PersistenceCreator
    Review() {
    }

    /** The most reasons one review may give. */
    static final int MAX_REASONS = 8;

    /**
     * A citizen's review. {@code bad} is whether the level is a bad one (差评, configured); the reasons must fit it: negative reasons
     * only in a bad review, positive ones only in a review that is not bad, {@link ReviewReason#OTHER} in any.
     *
     * @throws InvalidFieldException naming {@code reasons} and the rule broken ({@code size}, {@code distinct}, {@code matches-level})
     */
    static Review submit(HandlingReceipt receipt, LocalDate handlingDay, ReviewLevel level, List<ReviewReason> reasons, String comment,
                         boolean bad, Instant at, Instant rectificationDue) {
        checkReasons(reasons, level, bad);
        Review review = new Review();
        review.handlingId = receipt.handlingId();
        review.servicePointId = receipt.servicePointId();
        review.itemCode = receipt.itemCode();
        review.level = level;
        review.reasons = List.copyOf(reasons);
        review.comment = comment;
        review.submittedAt = at;
        review.handlingDay = handlingDay;
        review.bad = bad;
        review.rectification = bad ? Rectification.open(at, rectificationDue) : null;
        review.kpiPending = Boolean.TRUE;
        return review;
    }

    private static void checkReasons(List<ReviewReason> reasons, ReviewLevel level, boolean bad) {
        if (reasons.size() > MAX_REASONS) {
            throw new InvalidFieldException("reasons", "size", "at most " + MAX_REASONS + " reasons, not " + reasons.size());
        }
        // not reasons.contains(null): an immutable list throws on a null argument
        if (reasons.stream().anyMatch(Objects::isNull)) {
            throw new InvalidFieldException("reasons", "not-null", "a reason must not be null");
        }
        if (reasons.stream().distinct().count() < reasons.size()) {
            ReviewReason twice = reasons.stream().filter(r -> reasons.indexOf(r) != reasons.lastIndexOf(r)).findFirst().orElseThrow();
            throw new InvalidFieldException("reasons", "distinct", "each reason at most once; " + twice + " is given twice");
        }
        for (ReviewReason reason : reasons) {
            if (!reason.fits(bad)) {
                throw new InvalidFieldException("reasons", "matches-level", reason + " is a " + reason.polarity().name().toLowerCase()
                        + " reason and cannot explain a " + (bad ? "bad" : "good") + " review (" + level + "): negative reasons go with a "
                        + "bad review, positive ones with a review that is not bad, OTHER with any");
            }
        }
    }

    void answer(String text, String clerk, Instant at) {
        Rectification current = requireRectification();
        if (current.status() == RectificationStatus.CLOSED) {
            throw new ConflictException("rectification-closed", "The rectification of handling " + handlingId + " is closed");
        }
        rectification = current.answered(text, clerk, at);
    }

    void close(String note, String admin, Instant at) {
        Rectification current = requireRectification();
        if (current.status() != RectificationStatus.ANSWERED) {
            throw new ConflictException("rectification-not-answered",
                    "The rectification of handling " + handlingId + " is " + current.status() + ": the point's staff answer first");
        }
        rectification = current.closed(note, admin, at);
        kpiPending = Boolean.TRUE;
    }

    private Rectification requireRectification() {
        if (rectification == null) {
            throw new ConflictException("no-rectification", "The review of handling " + handlingId + " is not a bad review");
        }
        return rectification;
    }

    public String handlingId() {
        return handlingId;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public String itemCode() {
        return itemCode;
    }

    public ReviewLevel level() {
        return level;
    }

    /** The reasons in the order the citizen gave them; empty when none were given. */
    public List<ReviewReason> reasons() {
        return reasons == null ? List.of() : reasons;
    }

    public String comment() {
        return comment;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate handlingDay() {
        return handlingDay;
    }

    public boolean bad() {
        return bad;
    }

    public Rectification rectification() {
        return rectification;
    }

    public boolean kpiPending() {
        return Boolean.TRUE.equals(kpiPending);
    }

    public Instant lastModifiedAt() {
        return lastModifiedAt;
    }

    public String lastModifiedBy() {
        return lastModifiedBy;
    }
}
