package org.chs.evaluation.evaluation.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;

import org.chs.evaluation.evaluation.Decisions;
import org.chs.evaluation.evaluation.Evaluation;
import org.chs.evaluation.evaluation.EvaluationService;
import org.chs.evaluation.evaluation.EvaluationStatus;
import org.chs.evaluation.evaluation.OpenEvaluation;
import org.chs.evaluation.evaluation.web.EvaluationRequests.AssignEvaluatorsRequest;
import org.chs.evaluation.evaluation.web.EvaluationRequests.DecisionsRequest;
import org.chs.evaluation.evaluation.web.EvaluationRequests.FindingRequest;
import org.chs.evaluation.evaluation.web.EvaluationRequests.KpiPeriodRequest;
import org.chs.evaluation.evaluation.web.EvaluationRequests.OpenEvaluationRequest;
import org.chs.evaluation.evaluation.web.EvaluationResponses.EvaluationResponse;
import org.chs.evaluation.evaluation.web.EvaluationResponses.ScorecardResponse;
import org.chs.evaluation.scoring.Finding;
import org.chs.evaluation.scoring.ScoreResult;
import org.chs.evaluation.scoring.VetoFinding;
import org.chs.evaluation.shared.Actor;
import org.chs.evaluation.shared.ConflictException;
import org.chs.evaluation.web.Actors;
import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.PageResponse;
import org.chs.platform.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Evaluations of declared demonstration sites (示范点评估): findings in, scorecard out. */
@RestController
@RequestMapping("/api/evaluation/evaluations")
@Tag(name = "Evaluations", description = "示范点评估: assigned evaluators enter findings; the score is computed, never typed")
class EvaluationController {

    private final EvaluationService evaluations;

    EvaluationController(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Open the evaluation of a declared site (agency-admin); normally opened from demonstration-site.declared.v1",
            description = "Checked against site-registry with the caller's token: 422 unknown-declaration when it has no such "
                    + "declaration, 422 declaration-mismatch when batch, service point or category differ, 503 when it cannot be asked.")
    ResponseEntity<EvaluationResponse> open(@Valid @RequestBody OpenEvaluationRequest request, @CurrentCaller Caller caller) {
        Evaluation opened = evaluations.openDeclared(new OpenEvaluation(request.declarationId(), request.batchId(), request.servicePointId(),
                request.servicePointName(), request.servicePointType(), request.category(), request.level(), request.year(),
                request.evaluators()));
        return ResponseEntity.created(URI.create("/api/evaluation/evaluations/" + opened.id()))
                .body(EvaluationResponse.of(opened, Actors.of(caller)));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator')")
    @Operation(summary = "Evaluations, newest first (agency-admin: all; site-evaluator: those assigned to them)")
    PageResponse<EvaluationResponse> list(@RequestParam(required = false) String batchId,
                                          @RequestParam(required = false) EvaluationStatus status,
                                          @ParameterObject @PageableDefault(size = 20, sort = "createdAt", direction = Sort.Direction.DESC)
                                          @Paging(sortable = {"createdAt", "year", "status", "servicePointName"}) Pageable page,
                                          @CurrentCaller Caller caller) {
        Actor actor = Actors.of(caller);
        return PageResponse.of(evaluations.list(actor, batchId, status, page), e -> EvaluationResponse.of(e, actor));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator')")
    @Operation(summary = "One evaluation (agency-admin; site-evaluator if assigned, seeing their own findings)")
    EvaluationResponse get(@PathVariable String id, @CurrentCaller Caller caller) {
        Actor actor = Actors.of(caller);
        return EvaluationResponse.of(evaluations.get(id, actor), actor);
    }

    @PutMapping("/{id}/evaluators")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Assign the evaluators (agency-admin)")
    EvaluationResponse assign(@PathVariable String id, @Valid @RequestBody AssignEvaluatorsRequest request, @CurrentCaller Caller caller) {
        return EvaluationResponse.of(evaluations.assign(id, request.evaluators()), Actors.of(caller));
    }

    @PutMapping("/{id}/kpi-period")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Set the KPI period the metric items use; default: the declaration year (agency-admin)")
    EvaluationResponse kpiPeriod(@PathVariable String id, @Valid @RequestBody KpiPeriodRequest request, @CurrentCaller Caller caller) {
        return EvaluationResponse.of(evaluations.kpiPeriod(id, request.from(), request.to()), Actors.of(caller));
    }

    @PutMapping("/{id}/findings/{itemCode}")
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator')")
    @Operation(summary = "Record the caller's finding on an item (assigned site-evaluator; agency-admin, e.g. for bank publicity "
            + "and training); replaces the caller's earlier finding on that item")
    EvaluationResponse recordFinding(@PathVariable String id, @PathVariable String itemCode, @Valid @RequestBody FindingRequest request,
                                     @CurrentCaller Caller caller) {
        Actor actor = Actors.of(caller);
        Finding finding = new Finding(request.clausesMet(), request.casesPerClause(), request.vetoFindings() == null ? null
                : request.vetoFindings().stream().map(v -> new VetoFinding(v.description(), v.evidence())).toList(),
                request.preconditionMet(), request.notes());
        return EvaluationResponse.of(evaluations.recordFinding(id, itemCode, finding, actor), actor);
    }

    @PostMapping("/{id}/preview")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "The score as it would be if finalised now with these decisions; changes nothing (agency-admin)")
    ScorecardResponse preview(@PathVariable String id, @Valid @RequestBody(required = false) DecisionsRequest request,
                              @CurrentCaller Caller caller) {
        Decisions decisions = decisions(request);
        ScoreResult result = evaluations.preview(id, decisions);
        Evaluation evaluation = evaluations.get(id, Actors.of(caller));
        return ScorecardResponse.of(evaluation, result, null, decisions.confirmedVetoes(), decisions.failedPreconditions(), null, null);
    }

    @PostMapping("/{id}/finalize")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Finalise: eligibility first, then the score averaged over evaluators, then confirmed vetoes; "
            + "publishes evaluation.finalized.v1 (agency-admin)")
    ScorecardResponse finalizeEvaluation(@PathVariable String id, @Valid @RequestBody(required = false) DecisionsRequest request,
                                         @CurrentCaller Caller caller) {
        return ScorecardResponse.of(evaluations.finalizeEvaluation(id, decisions(request), Actors.of(caller)));
    }

    @GetMapping("/{id}/scorecard")
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator')")
    @Operation(summary = "The scorecard: every item, every point lost (item, rule, clause, cases, evaluator) "
            + "(agency-admin; assigned site-evaluator)")
    ScorecardResponse scorecard(@PathVariable String id, @CurrentCaller Caller caller) {
        return ScorecardResponse.of(finalised(id, caller));
    }

    @GetMapping(value = "/{id}/scorecard.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator')")
    @Operation(summary = "The scorecard as CSV, one row per point lost (agency-admin; assigned site-evaluator)")
    ResponseEntity<byte[]> scorecardCsv(@PathVariable String id, @CurrentCaller Caller caller) {
        byte[] body = ScorecardCsv.render(ScorecardResponse.of(finalised(id, caller))).getBytes(StandardCharsets.UTF_8);
        return download(body, new MediaType("text", "csv", StandardCharsets.UTF_8), "scorecard-" + id + ".csv");
    }

    @GetMapping(value = "/{id}/scorecard.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator')")
    @Operation(summary = "The scorecard as PDF (agency-admin; assigned site-evaluator)")
    ResponseEntity<byte[]> scorecardPdf(@PathVariable String id, @CurrentCaller Caller caller) {
        return download(ScorecardPdf.render(ScorecardResponse.of(finalised(id, caller))), MediaType.APPLICATION_PDF,
                "scorecard-" + id + ".pdf");
    }

    private Evaluation finalised(String id, Caller caller) {
        Evaluation evaluation = evaluations.get(id, Actors.of(caller));
        if (evaluation.status() != EvaluationStatus.FINALIZED) {
            throw new ConflictException("evaluation-not-finalized", "Evaluation " + id + " is not finalised yet: use preview");
        }
        return evaluation;
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    private static Decisions decisions(DecisionsRequest request) {
        return request == null ? Decisions.none() : new Decisions(request.confirmedVetoes(), request.failedPreconditions());
    }
}
