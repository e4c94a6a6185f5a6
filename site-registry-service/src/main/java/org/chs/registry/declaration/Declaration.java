package org.chs.registry.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.messaging.HasOutbox;
import org.chs.platform.messaging.OutboxMessage;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointType;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 示范点申报 — a service point declared as a candidate demonstration site in a batch, and its way through construction, on-site
 * review, scoring and the decision: awarded at a level, not selected, or vetoed (一票否决).
 */
@Document("declarations")
@CompoundIndex(name = "one_declaration_per_point_and_batch", def = "{'batchId': 1, 'servicePointId': 1}", unique = true)
public class Declaration implements HasOutbox {

    /**
     * How many consumed event ids a declaration remembers: redeliveries come within minutes, and a declaration receives a handful
     * of events in its life, so this bounds the document without ever forgetting a relevant id.
     */
    static final int APPLIED_EVENTS_WINDOW = 50;

    @Id
    private final String id;
    @Indexed
    private final String batchId;
    @Indexed
    private final String servicePointId;
    private final String servicePointName;
    private final ServicePointType servicePointType;
    private final String areaCode;
    private final DemonstrationCategory category;
    private final AwardLevel level;
    private final int year;
    @Indexed
    private DeclarationStatus status;
    private final LocalDate declaredOn;
    private final List<DeclarationTransition> history;
    private String evaluationId;
    private Double score;
    private String vetoReason;
    private AwardLevel awardedLevel;
    private LocalDate awardedOn;
    /** Ids of consumed events already applied: the key of idempotent consumption, in the same document as the effect. */
    private final List<String> appliedEvents;

    @Version
    private Long version;
    @CreatedBy
    private String createdBy;
    @CreatedDate
    private Instant createdAt;
    @LastModifiedBy
    private String lastModifiedBy;
    @LastModifiedDate
    private Instant lastModifiedAt;
    private List<OutboxMessage> outbox = new ArrayList<>();

    @PersistenceCreator
    Declaration(String id, String batchId, String servicePointId, String servicePointName, ServicePointType servicePointType,
                String areaCode, DemonstrationCategory category, AwardLevel level, int year, DeclarationStatus status, LocalDate declaredOn,
                List<DeclarationTransition> history, String evaluationId, Double score, String vetoReason, AwardLevel awardedLevel,
                LocalDate awardedOn, List<String> appliedEvents) {
        this.id = id;
        this.batchId = batchId;
        this.servicePointId = servicePointId;
        this.servicePointName = servicePointName;
        this.servicePointType = servicePointType;
        this.areaCode = areaCode;
        this.category = category;
        this.level = level;
        this.year = year;
        this.status = status;
        this.declaredOn = declaredOn;
        this.history = history == null ? new ArrayList<>() : new ArrayList<>(history);
        this.evaluationId = evaluationId;
        this.score = score;
        this.vetoReason = vetoReason;
        this.awardedLevel = awardedLevel;
        this.awardedOn = awardedOn;
        this.appliedEvents = appliedEvents == null ? new ArrayList<>() : new ArrayList<>(appliedEvents);
    }

    /** A new declaration; the service has checked the batch accepts it, the point is active and in the batch's area. */
    static Declaration declare(String id, DeclarationBatch batch, ServicePoint point, DemonstrationCategory category, LocalDate on,
                               String by, Instant at) {
        if (!category.accepts(point.type())) {
            throw BusinessRuleException.generic("category-for-point-type", "category",
                    "A " + point.type() + " cannot be declared as a " + category + " site; that category takes " + category.pointTypes());
        }
        Declaration declaration = new Declaration(id, batch.id(), point.id(), point.name(), point.type(), point.areaCode(), category,
                batch.level(), batch.year(), DeclarationStatus.DECLARED, on, List.of(), null, null, null, null, null, List.of());
        declaration.history.add(new DeclarationTransition(null, DeclarationStatus.DECLARED, on, "declared", by, at));
        return declaration;
    }

    /** A step an administrator records: construction started or finished, on-site review started, not selected. */
    DeclarationTransition advance(DeclarationStatus to, LocalDate on, LocalDate today, String note, String by, Instant at) {
        if (to.setByEvaluation()) {
            throw BusinessRuleException.generic("set-by-evaluation", "to",
                    to + " is set by evaluation-service when it finalises an evaluation or publishes awards, not by hand");
        }
        if (!to.mayBeSetByHandFrom(status)) {
            throw BusinessRuleException.generic("transition-allowed", "to", "A declaration cannot go from " + status + " to " + to);
        }
        if (on.isAfter(today)) {
            throw BusinessRuleException.generic("effective-date-not-future", "effectiveOn", "The effective date " + on + " is in the future");
        }
        LocalDate last = lastEffectiveOn();
        if (on.isBefore(last)) {
            throw BusinessRuleException.generic("effective-date-in-order", "effectiveOn",
                    "The effective date " + on + " is before the previous step (" + last + ")");
        }
        return move(to, on, note, by, at);
    }

    /**
     * Applies evaluation-service's finalised evaluation: SCORED, or VETOED when a veto rule hit. A redelivered event, or a repeat
     * of the same result, changes nothing.
     */
    Optional<DeclarationTransition> recordEvaluation(String eventId, String evaluationId, double score, boolean vetoed, String vetoReason,
                                                     LocalDate on, Instant at) {
        if (appliedEvents.contains(eventId)) {
            return Optional.empty();
        }
        if (status.decided()) {
            throw BusinessRuleException.generic("decided-is-final", "Declaration " + id + " is already " + status + "; an evaluation result "
                    + "after the decision needs an administrator");
        }
        remember(eventId);
        if (status == DeclarationStatus.SCORED && !vetoed && evaluationId.equals(this.evaluationId) && this.score != null
                && this.score == score) {
            return Optional.empty();
        }
        this.evaluationId = evaluationId;
        this.score = score;
        this.vetoReason = vetoed ? vetoReason : null;
        DeclarationStatus to = vetoed ? DeclarationStatus.VETOED : DeclarationStatus.SCORED;
        String note = vetoed ? "vetoed by evaluation " + evaluationId + (vetoReason == null ? "" : ": " + vetoReason)
                : "scored " + score + " by evaluation " + evaluationId
                        + (DeclarationStatus.BEFORE_SCORING.contains(status) && status != DeclarationStatus.UNDER_REVIEW
                                ? " (the on-site review was not recorded here)" : "");
        return Optional.of(move(to, laterOf(on), note, "evaluation-service", at));
    }

    /** Applies an award published by evaluation-service: a scored site is awarded, an awarded site may rise to a higher level. */
    Optional<DeclarationTransition> recordAward(String eventId, AwardLevel awarded, LocalDate on, Instant at) {
        if (appliedEvents.contains(eventId)) {
            return Optional.empty();
        }
        if (status == DeclarationStatus.AWARDED && awardedLevel != null && awarded.compareTo(awardedLevel) <= 0) {
            return Optional.empty();
        }
        if (DeclarationStatus.BEFORE_SCORING.contains(status)) {
            throw new ResultOutOfOrderException("Declaration " + id + " is " + status + "; its score has not arrived before the award");
        }
        if (status != DeclarationStatus.SCORED && status != DeclarationStatus.AWARDED) {
            throw BusinessRuleException.generic("award-scored-only", "Declaration " + id + " is " + status + "; only a scored or awarded site "
                    + "can be awarded " + awarded);
        }
        remember(eventId);
        this.awardedLevel = awarded;
        this.awardedOn = laterOf(on);
        return Optional.of(move(DeclarationStatus.AWARDED, awardedOn, "awarded " + awarded + " demonstration site", "evaluation-service", at));
    }

    private DeclarationTransition move(DeclarationStatus to, LocalDate on, String note, String by, Instant at) {
        DeclarationTransition transition = new DeclarationTransition(status, to, on, note, by, at);
        history.add(transition);
        status = to;
        return transition;
    }

    private void remember(String eventId) {
        appliedEvents.add(eventId);
        while (appliedEvents.size() > APPLIED_EVENTS_WINDOW) {
            appliedEvents.remove(0);
        }
    }

    private LocalDate lastEffectiveOn() {
        return history.isEmpty() ? declaredOn : history.get(history.size() - 1).effectiveOn();
    }

    /** Events carry the producer's clock; never let one date a step before the previous step. */
    private LocalDate laterOf(LocalDate on) {
        LocalDate last = lastEffectiveOn();
        return on.isBefore(last) ? last : on;
    }

    public boolean hasApplied(String eventId) {
        return appliedEvents.contains(eventId);
    }

    @Override
    public List<OutboxMessage> outbox() {
        return outbox;
    }

    public String id() {
        return id;
    }

    public String batchId() {
        return batchId;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public String servicePointName() {
        return servicePointName;
    }

    public ServicePointType servicePointType() {
        return servicePointType;
    }

    public String areaCode() {
        return areaCode;
    }

    public DemonstrationCategory category() {
        return category;
    }

    public AwardLevel level() {
        return level;
    }

    public int year() {
        return year;
    }

    public DeclarationStatus status() {
        return status;
    }

    public LocalDate declaredOn() {
        return declaredOn;
    }

    public List<DeclarationTransition> history() {
        return List.copyOf(history);
    }

    public String evaluationId() {
        return evaluationId;
    }

    public Double score() {
        return score;
    }

    public String vetoReason() {
        return vetoReason;
    }

    public AwardLevel awardedLevel() {
        return awardedLevel;
    }

    public LocalDate awardedOn() {
        return awardedOn;
    }

    public Long version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String lastModifiedBy() {
        return lastModifiedBy;
    }

    public Instant lastModifiedAt() {
        return lastModifiedAt;
    }
}
