package org.chs.evaluation.evaluation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chs.evaluation.evaluation.Evaluation;
import org.chs.evaluation.evaluation.EvaluationStatus;
import org.chs.evaluation.evaluation.Scorecard;
import org.chs.evaluation.scoring.Finding;
import org.chs.evaluation.scoring.ItemResult;
import org.chs.evaluation.scoring.Metric;
import org.chs.evaluation.scoring.Outcome;
import org.chs.evaluation.scoring.RuleKind;
import org.chs.evaluation.scoring.ScoreResult;
import org.chs.evaluation.shared.Actor;

/** Response bodies of the evaluation (示范点评估) endpoints. */
final class EvaluationResponses {

    private EvaluationResponses() {
    }

    /** An evaluation (示范点评估); an evaluator sees only their own findings. */
    record EvaluationResponse(String id, String declarationId, String batchId, String servicePointId, String servicePointName,
                              String servicePointType, String category, String level, int year, String standardId,
                              LocalDate kpiFrom, LocalDate kpiTo, List<String> evaluators, EvaluationStatus status, Outcome outcome,
                              BigDecimal score, List<FindingResponse> findings, Instant createdAt, String createdBy,
                              Instant lastModifiedAt, String lastModifiedBy) {

        static EvaluationResponse of(Evaluation e, Actor actor) {
            List<FindingResponse> findings = e.findings().stream()
                    .filter(f -> actor.admin() || f.evaluator().equals(actor.name()))
                    .map(f -> FindingResponse.of(f.evaluator(), f.itemCode(), f.finding(), f.recordedAt())).toList();
            return new EvaluationResponse(e.id(), e.declarationId(), e.batchId(), e.servicePointId(), e.servicePointName(),
                    e.servicePointType(), e.category(), e.level(), e.year(), e.standardId(), e.kpiFrom(), e.kpiTo(), e.evaluators(),
                    e.status(), e.outcome(), e.score(), findings, e.createdAt(), e.createdBy(), e.lastModifiedAt(), e.lastModifiedBy());
        }
    }

    /** One recorded finding. */
    record FindingResponse(String evaluator, String itemCode, Set<String> clausesMet, Map<String, Integer> casesPerClause,
                           List<VetoFindingResponse> vetoFindings, Boolean preconditionMet, String notes, Instant recordedAt) {

        static FindingResponse of(String evaluator, String itemCode, Finding f, Instant at) {
            return new FindingResponse(evaluator, itemCode, f.clausesMet(), f.casesPerClause(),
                    f.vetoFindings().stream().map(v -> new VetoFindingResponse(v.description(), v.evidence())).toList(),
                    f.preconditionMet(), f.notes(), at);
        }
    }

    record VetoFindingResponse(String description, String evidence) {
    }

    /** 评分表: every item's score and every point lost. */
    record ScorecardResponse(String evaluationId, String declarationId, String servicePointId, String servicePointName,
                             String category, String standardId, Outcome outcome, BigDecimal total, BigDecimal maxTotal,
                             List<String> reasons, List<String> missingFindings, List<ItemScoreResponse> items,
                             Map<Metric, BigDecimal> metrics, LocalDate kpiFrom, LocalDate kpiTo, Set<String> confirmedVetoes,
                             Map<String, String> failedPreconditions, String finalizedBy, Instant finalizedAt) {

        static ScorecardResponse of(Evaluation e) {
            Scorecard card = e.scorecard();
            return of(e, card.result(), card.metrics(), card.decisions().confirmedVetoes(), card.decisions().failedPreconditions(),
                    card.finalizedBy(), card.finalizedAt());
        }

        static ScorecardResponse of(Evaluation e, ScoreResult r, Map<Metric, BigDecimal> metrics, Set<String> vetoes,
                                    Map<String, String> preconditions, String by, Instant at) {
            return new ScorecardResponse(e.id(), e.declarationId(), e.servicePointId(), e.servicePointName(), e.category(),
                    e.standardId(), r.outcome(), r.total(), r.maxTotal(), r.reasons(), r.missingFindings(),
                    r.items().stream().map(ItemScoreResponse::of).toList(), metrics, e.kpiFrom(), e.kpiTo(), vetoes, preconditions,
                    by, at);
        }
    }

    /** One item's score. */
    record ItemScoreResponse(String categoryCode, String itemCode, String name, String nameZh, RuleKind rule, BigDecimal maxPoints,
                             BigDecimal score, List<EvaluatorScoreResponse> byEvaluator, List<PointLossResponse> losses, String note) {

        static ItemScoreResponse of(ItemResult i) {
            return new ItemScoreResponse(i.categoryCode(), i.itemCode(), i.name(), i.nameZh(), i.rule(), i.maxPoints(), i.score(),
                    i.byEvaluator().stream().map(s -> new EvaluatorScoreResponse(s.evaluator(), s.score())).toList(),
                    i.losses().stream().map(l -> new PointLossResponse(l.rule(), l.clause(), l.cases(), l.points(), l.evaluator(),
                            l.explanation())).toList(), i.note());
        }
    }

    record EvaluatorScoreResponse(String evaluator, BigDecimal score) {
    }

    /** 失分说明: a negative {@code points} is what a cap gave back. */
    record PointLossResponse(RuleKind rule, String clause, Integer cases, BigDecimal points, String evaluator, String explanation) {
    }
}
