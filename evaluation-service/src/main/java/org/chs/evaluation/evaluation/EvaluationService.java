package org.chs.evaluation.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.chs.evaluation.scoring.Finding;
import org.chs.evaluation.scoring.ItemDefinition;
import org.chs.evaluation.scoring.Metric;
import org.chs.evaluation.scoring.Outcome;
import org.chs.evaluation.scoring.RuleKind;
import org.chs.evaluation.scoring.ScoreResult;
import org.chs.evaluation.scoring.ScoringEngine;
import org.chs.evaluation.scoring.ScoringInput;
import org.chs.evaluation.scoring.StandardDefinition;
import org.chs.evaluation.shared.Actor;
import org.chs.evaluation.shared.ConflictException;
import org.chs.evaluation.shared.ForbiddenException;
import org.chs.evaluation.shared.NotFoundException;
import org.chs.evaluation.standard.ScoringStandard;
import org.chs.evaluation.standard.StandardService;
import org.chs.platform.domain.BusinessRuleException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/** Use cases of evaluations (示范点评估): open, assign, record findings, finalise, read — with the evaluator scope of ARCHITECTURE §7. */
@Service
public class EvaluationService {

    private final EvaluationRepository evaluations;
    private final MongoOperations mongo;
    private final StandardService standards;
    private final KpiSource kpis;
    private final EvaluationEvents events;
    private final Clock clock;
    private final Declarations declarations;
    private final ScoringEngine engine = new ScoringEngine();

    public EvaluationService(EvaluationRepository evaluations, MongoOperations mongo, StandardService standards, KpiSource kpis,
                             EvaluationEvents events, Optional<Clock> clock, Declarations declarations) {
        this.evaluations = evaluations;
        this.mongo = mongo;
        this.standards = standards;
        this.kpis = kpis;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
        this.declarations = declarations;
    }

    /** Opens the evaluation of a declaration; a second open of the same declaration is a conflict naming the first. */
    public Evaluation open(OpenEvaluation command) {
        Optional<Evaluation> existing = evaluations.findByDeclarationId(command.declarationId());
        if (existing.isPresent()) {
            throw duplicate(existing.get());
        }
        ScoringStandard standard = standards.latestFor(command.category());
        try {
            return evaluations.insert(Evaluation.open(UUID.randomUUID().toString(), command, standard));
        } catch (DuplicateKeyException concurrent) {
            // the unique index on declarationId, not the lookup above, is what guarantees one evaluation per declaration
            throw duplicate(evaluations.findByDeclarationId(command.declarationId()).orElseThrow(() -> concurrent));
        }
    }

    /**
     * Opens an evaluation by hand (the administrator's fallback when the declaration event did not open it): only for a
     * declaration site-registry has, and only with the batch, site and category it declares.
     */
    public Evaluation openDeclared(OpenEvaluation command) {
        Declarations.Declared declared = declarations.find(command.declarationId()).orElseThrow(() -> new BusinessRuleException(
                "unknown-declaration", "Site-registry has no declaration " + command.declarationId() + "; only a declared site is evaluated"));
        if (!declared.batchId().equals(command.batchId()) || !declared.servicePointId().equals(command.servicePointId())
                || !declared.category().equals(command.category())) {
            throw new BusinessRuleException("declaration-mismatch", "Declaration " + command.declarationId() + " is of service point "
                    + declared.servicePointId() + " in batch " + declared.batchId() + " as " + declared.category()
                    + "; the evaluation must say the same");
        }
        return open(command);
    }

    /** As {@link #open}, for redelivered declaration events: the existing evaluation is the answer, not an error. */
    public Evaluation openIfAbsent(OpenEvaluation command) {
        try {
            return open(command);
        } catch (ConflictException alreadyOpen) {
            return evaluations.findByDeclarationId(command.declarationId()).orElseThrow(() -> alreadyOpen);
        }
    }

    private static ConflictException duplicate(Evaluation existing) {
        return new ConflictException("evaluation-exists", "Declaration " + existing.declarationId() + " already has evaluation "
                + existing.id(), Map.of("evaluationId", existing.id()));
    }

    public Evaluation get(String id, Actor actor) {
        Evaluation evaluation = find(id);
        requireVisible(evaluation, actor);
        return evaluation;
    }

    /** Administrators see every evaluation; evaluators only those assigned to them. */
    public Page<Evaluation> list(Actor actor, String batchId, EvaluationStatus status, Pageable page) {
        List<Criteria> and = new ArrayList<>();
        if (!actor.admin()) {
            and.add(Criteria.where("evaluators").is(actor.name()));
        }
        if (batchId != null) {
            and.add(Criteria.where("batchId").is(batchId));
        }
        if (status != null) {
            and.add(Criteria.where("status").is(status));
        }
        Criteria criteria = and.isEmpty() ? new Criteria() : new Criteria().andOperator(and.toArray(Criteria[]::new));
        Query query = Query.query(criteria).with(page);
        query.fields().exclude("outbox");
        List<Evaluation> content = mongo.find(query, Evaluation.class);
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(Query.query(criteria), Evaluation.class));
    }

    public Evaluation assign(String id, List<String> evaluatorNames) {
        Evaluation evaluation = find(id);
        evaluation.assign(evaluatorNames);
        return evaluations.save(evaluation);
    }

    public Evaluation kpiPeriod(String id, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new BusinessRuleException("invalid-period", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        Evaluation evaluation = find(id);
        evaluation.kpiPeriod(from, to);
        return evaluations.save(evaluation);
    }

    /** An assigned evaluator (or an administrator) records a finding on an item; metric items are not typed but come from KPIs. */
    public Evaluation recordFinding(String id, String itemCode, Finding finding, Actor actor) {
        Evaluation evaluation = find(id);
        if (!actor.admin() && !evaluation.isAssigned(actor.name())) {
            throw new ForbiddenException("Evaluation " + id + " is not assigned to " + actor.name());
        }
        ItemDefinition item = standardOf(evaluation).item(itemCode).orElseThrow(() -> new NotFoundException("item-not-found",
                "Standard " + evaluation.standardId() + " has no item " + itemCode));
        validate(item, finding);
        evaluation.record(actor.name(), itemCode, finding, clock.instant());
        return evaluations.save(evaluation);
    }

    private static void validate(ItemDefinition item, Finding finding) {
        RuleKind kind = item.rule().kind();
        if (kind == RuleKind.METRIC_THRESHOLD) {
            throw new BusinessRuleException("metric-item", item.code() + " is a metric item: its value comes from the KPIs, not from findings");
        }
        for (String clause : finding.clausesMet()) {
            if (!item.hasClause(clause)) {
                throw new BusinessRuleException("unknown-clause", item.code() + " has no clause " + clause);
            }
        }
        for (String clause : finding.casesPerClause().keySet()) {
            if (kind != RuleKind.PER_CASE_DEDUCTION || !item.hasClause(clause)) {
                throw new BusinessRuleException("unknown-clause", item.code() + " counts no cases under clause " + clause);
            }
        }
        if (!finding.vetoFindings().isEmpty() && kind != RuleKind.VETO) {
            throw new BusinessRuleException("not-a-veto-item", item.code() + " is not a veto item");
        }
        if (finding.preconditionMet() != null && kind != RuleKind.ELIGIBILITY_PRECONDITION) {
            throw new BusinessRuleException("not-a-precondition", item.code() + " is not an eligibility precondition");
        }
    }

    /** The score as it would be if finalised now, with the given decisions; changes nothing. */
    public ScoreResult preview(String id, Decisions decisions) {
        Evaluation evaluation = find(id);
        return score(evaluation, decisions, kpis.metrics(evaluation.servicePointId(), evaluation.kpiFrom(), evaluation.kpiTo()));
    }

    /** Computes the score, stores the scorecard and stages {@code evaluation.finalized.v1}, in one document write. */
    public Evaluation finalizeEvaluation(String id, Decisions decisions, Actor actor) {
        Evaluation evaluation = find(id);
        Map<Metric, BigDecimal> metrics = kpis.metrics(evaluation.servicePointId(), evaluation.kpiFrom(), evaluation.kpiTo());
        ScoreResult result = score(evaluation, decisions, metrics);
        // a veto or an unmet precondition ends the evaluation whatever the other items say: only a score needs them all
        if (result.outcome() == Outcome.SCORED && !result.missingFindings().isEmpty()) {
            throw new ConflictException("findings-missing", "No evaluator has scored items " + result.missingFindings(),
                    Map.of("missingItems", result.missingFindings()));
        }
        evaluation.finalizeWith(new Scorecard(result, metrics, evaluation.kpiFrom(), evaluation.kpiTo(), decisions, actor.name(),
                clock.instant()));
        events.stage(evaluation, List.of(EvaluationEvent.EvaluationFinalized.of(evaluation)));
        return evaluations.save(evaluation);
    }

    private ScoreResult score(Evaluation evaluation, Decisions decisions, Map<Metric, BigDecimal> metrics) {
        try {
            return engine.score(new ScoringInput(standardOf(evaluation), evaluation.findingsByEvaluator(), metrics,
                    decisions.confirmedVetoes(), decisions.failedPreconditions()));
        } catch (IllegalArgumentException inconsistent) {
            throw new BusinessRuleException("invalid-decision", inconsistent.getMessage());
        }
    }

    public StandardDefinition standardOf(Evaluation evaluation) {
        return standards.byId(evaluation.standardId()).definition();
    }

    /** The finalised evaluations and open ones of a batch, for rankings. */
    public List<Evaluation> ofBatch(String batchId) {
        return evaluations.findByBatchId(batchId);
    }

    private Evaluation find(String id) {
        return evaluations.findById(id).orElseThrow(() -> new NotFoundException("evaluation-not-found", "No evaluation " + id));
    }

    private static void requireVisible(Evaluation evaluation, Actor actor) {
        if (!actor.admin() && !evaluation.isAssigned(actor.name())) {
            throw new ForbiddenException("Evaluation " + evaluation.id() + " is not assigned to " + actor.name());
        }
    }
}
