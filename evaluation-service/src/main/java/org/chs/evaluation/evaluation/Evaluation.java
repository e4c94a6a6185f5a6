package org.chs.evaluation.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.chs.evaluation.scoring.Finding;
import org.chs.evaluation.scoring.Outcome;
import org.chs.evaluation.shared.ConflictException;
import org.chs.evaluation.standard.ScoringStandard;
import org.chs.platform.messaging.HasOutbox;
import org.chs.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 示范点评估 — the evaluation of one declared demonstration site against the standard version it started with: assigned
 * evaluators, their findings, and once finalised the scorecard. Its integration events ride in its outbox.
 */
@Document("evaluations")
public class Evaluation implements HasOutbox {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed(unique = true)
    private String declarationId;
    @Indexed
    private String batchId;
    private String servicePointId;
    private String servicePointName;
    private String servicePointType;
    private String category;
    private String level;
    private int year;
    private String standardId;
    private String standardCode;
    private int standardVersion;
    private LocalDate kpiFrom;
    private LocalDate kpiTo;
    @Indexed
    private List<String> evaluators = new ArrayList<>();
    private List<RecordedFinding> findings = new ArrayList<>();
    private EvaluationStatus status;
    private Scorecard scorecard;
    /** Denormalised from the scorecard for rankings. */
    private Outcome outcome;
    private BigDecimal score;
    private List<OutboxMessage> outbox = new ArrayList<>();
    @CreatedDate
    private Instant createdAt;
    @CreatedBy
    private String createdBy;
    @LastModifiedDate
    private Instant lastModifiedAt;
    @LastModifiedBy
    private String lastModifiedBy;

    @PersistenceCreator
    Evaluation() {
    }

    static Evaluation open(String id, OpenEvaluation command, ScoringStandard standard) {
        Evaluation evaluation = new Evaluation();
        evaluation.id = Objects.requireNonNull(id);
        evaluation.declarationId = command.declarationId();
        evaluation.batchId = command.batchId();
        evaluation.servicePointId = command.servicePointId();
        evaluation.servicePointName = command.servicePointName();
        evaluation.servicePointType = command.servicePointType();
        evaluation.category = command.category();
        evaluation.level = command.level();
        evaluation.year = command.year();
        evaluation.standardId = standard.id();
        evaluation.standardCode = standard.code();
        evaluation.standardVersion = standard.standardVersion();
        evaluation.kpiFrom = LocalDate.of(command.year(), 1, 1);
        evaluation.kpiTo = LocalDate.of(command.year(), 12, 31);
        evaluation.evaluators = new ArrayList<>(new LinkedHashSet<>(command.evaluators()));
        evaluation.status = EvaluationStatus.OPEN;
        return evaluation;
    }

    void assign(List<String> names) {
        requireOpen();
        evaluators = new ArrayList<>(new LinkedHashSet<>(names));
    }

    void kpiPeriod(LocalDate from, LocalDate to) {
        requireOpen();
        kpiFrom = from;
        kpiTo = to;
    }

    /** Records (or replaces) an evaluator's finding on an item. */
    void record(String evaluator, String itemCode, Finding finding, Instant at) {
        requireOpen();
        findings.removeIf(f -> f.evaluator().equals(evaluator) && f.itemCode().equals(itemCode));
        findings.add(new RecordedFinding(evaluator, itemCode, finding, at));
    }

    void finalizeWith(Scorecard card) {
        requireOpen();
        scorecard = card;
        outcome = card.result().outcome();
        score = card.result().total();
        status = EvaluationStatus.FINALIZED;
    }

    private void requireOpen() {
        if (status != EvaluationStatus.OPEN) {
            throw new ConflictException("evaluation-finalized", "Evaluation " + id + " is finalised and can no longer change");
        }
    }

    public boolean isAssigned(String evaluator) {
        return evaluators.contains(evaluator);
    }

    /** evaluator → item → finding, in the order they were entered. */
    public Map<String, Map<String, Finding>> findingsByEvaluator() {
        Map<String, Map<String, Finding>> byEvaluator = new LinkedHashMap<>();
        findings.forEach(f -> byEvaluator.computeIfAbsent(f.evaluator(), e -> new LinkedHashMap<>()).put(f.itemCode(), f.finding()));
        return byEvaluator;
    }

    public boolean awardable() {
        return status == EvaluationStatus.FINALIZED && outcome == Outcome.SCORED;
    }

    @Override
    public List<OutboxMessage> outbox() {
        return outbox;
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public String declarationId() {
        return declarationId;
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

    public String servicePointType() {
        return servicePointType;
    }

    public String category() {
        return category;
    }

    public String level() {
        return level;
    }

    public int year() {
        return year;
    }

    public String standardId() {
        return standardId;
    }

    public String standardCode() {
        return standardCode;
    }

    public int standardVersion() {
        return standardVersion;
    }

    public LocalDate kpiFrom() {
        return kpiFrom;
    }

    public LocalDate kpiTo() {
        return kpiTo;
    }

    public List<String> evaluators() {
        return List.copyOf(evaluators);
    }

    public List<RecordedFinding> findings() {
        return List.copyOf(findings);
    }

    public EvaluationStatus status() {
        return status;
    }

    public Scorecard scorecard() {
        return scorecard;
    }

    public Outcome outcome() {
        return outcome;
    }

    public BigDecimal score() {
        return score;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant lastModifiedAt() {
        return lastModifiedAt;
    }

    public String lastModifiedBy() {
        return lastModifiedBy;
    }
}
