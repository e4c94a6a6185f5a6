package org.chs.registry.declaration.web;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.PageResponse;
import org.chs.platform.web.Roles;
import org.chs.registry.declaration.AwardLevel;
import org.chs.registry.declaration.Declaration;
import org.chs.registry.declaration.DeclarationBatch;
import org.chs.registry.declaration.DeclarationFilter;
import org.chs.registry.declaration.DeclarationService;
import org.chs.registry.declaration.DeclarationStatus;
import org.chs.registry.declaration.DemonstrationCategory;
import org.chs.registry.declaration.Nomination;
import org.chs.registry.declaration.web.DeclarationRequests.DeclareRequest;
import org.chs.registry.declaration.web.DeclarationRequests.NominationRequest;
import org.chs.registry.declaration.web.DeclarationRequests.OpenBatchRequest;
import org.chs.registry.declaration.web.DeclarationRequests.TransitionRequest;
import org.chs.registry.declaration.web.DeclarationResponses.BatchResponse;
import org.chs.registry.declaration.web.DeclarationResponses.DeclarationResponse;
import org.chs.registry.declaration.web.DeclarationResponses.DeclaredResponse;
import org.chs.registry.declaration.web.DeclarationResponses.NominationResponse;
import org.chs.registry.declaration.web.DeclarationResponses.PreCheckResponse;
import org.chs.registry.web.Etags;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 示范点申报接口 — demonstration-site batches, declarations and their lifecycle, nominations and pre-checks. */
@RestController
@RequestMapping("/api/registry")
@Tag(name = "Demonstration sites", description = "示范点申报: batches, declarations, lifecycle, nomination, pre-check")
class DeclarationController {

    private final DeclarationService declarations;

    DeclarationController(DeclarationService declarations) {
        this.declarations = declarations;
    }

    @PostMapping("/declaration-batches")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Open a declaration batch (agency-admin)")
    ResponseEntity<BatchResponse> openBatch(@Valid @RequestBody OpenBatchRequest request) {
        DeclarationBatch batch = declarations.openBatch(request.toCommand());
        return ResponseEntity.created(URI.create("/api/registry/declaration-batches/" + batch.id())).eTag(Etags.of(batch.version()))
                .body(BatchResponse.of(batch));
    }

    @GetMapping("/declaration-batches")
    @Operation(summary = "Declaration batches, newest year first, a page at a time")
    PageResponse<BatchResponse> batches(@RequestParam(defaultValue = "0") @Min(0) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(declarations.batches(PageRequest.of(page, size)), BatchResponse::of);
    }

    @GetMapping("/declaration-batches/{id}")
    @Operation(summary = "One batch with its nominations")
    BatchResponse batch(@PathVariable String id) {
        return BatchResponse.of(declarations.batch(id));
    }

    @PostMapping("/declarations")
    @PreAuthorize("hasAnyRole('agency-admin','counter-clerk')")
    @Operation(summary = "Declare a point as a candidate site (agency-admin; counter-clerk for their own point only); "
            + "publishes demonstration-site.declared.v1; the answer carries the automatic pre-check")
    ResponseEntity<DeclaredResponse> declare(@Valid @RequestBody DeclareRequest request, @CurrentCaller Caller caller) {
        if (!caller.hasRole(Roles.AGENCY_ADMIN) && !request.servicePointId().equals(caller.requireServicePoint())) {
            throw new AccessDeniedException("A clerk declares only the service point they work at");
        }
        Declaration declaration = declarations.declare(request.batchId(), request.servicePointId(), request.category(), caller.name());
        return ResponseEntity.created(URI.create("/api/registry/declarations/" + declaration.id())).eTag(Etags.of(declaration.version()))
                .body(new DeclaredResponse(DeclarationResponse.of(declaration, null),
                        PreCheckResponse.of(declarations.preCheck(declaration.servicePointId(), declaration.category()))));
    }

    @GetMapping("/declarations")
    @Operation(summary = "Declarations by batch, status, category, point or awarded level, a page at a time, by id")
    PageResponse<DeclarationResponse> list(@RequestParam(required = false) String batchId,
                                           @RequestParam(required = false) DeclarationStatus status,
                                           @RequestParam(required = false) DemonstrationCategory category,
                                           @RequestParam(required = false) String servicePointId,
                                           @RequestParam(required = false) AwardLevel awardedLevel,
                                           @RequestParam(defaultValue = "0") @Min(0) int page,
                                           @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Slice<Declaration> found = declarations.list(new DeclarationFilter(batchId, status, category, servicePointId, awardedLevel),
                PageRequest.of(page, size));
        Map<String, Nomination> nominations = declarations.nominationsOf(found.getContent());
        return PageResponse.of(found, d -> DeclarationResponse.of(d, nominations.get(d.id())));
    }

    @GetMapping("/declarations/{id}")
    @Operation(summary = "One declaration with its history, score, award and nomination")
    ResponseEntity<DeclarationResponse> get(@PathVariable String id) {
        Declaration declaration = declarations.get(id);
        return ResponseEntity.ok().eTag(Etags.of(declaration.version()))
                .body(DeclarationResponse.of(declaration, declarations.nominationOf(declaration).orElse(null)));
    }

    @PostMapping("/declarations/{id}/transitions")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Record a lifecycle step (agency-admin): UNDER_CONSTRUCTION, CONSTRUCTED, UNDER_REVIEW, NOT_SELECTED; "
            + "publishes demonstration-site.status-changed.v1",
            description = "SCORED, VETOED and AWARDED come from evaluation-service events only (422 set-by-evaluation). The effective "
                    + "date defaults to today, may not be in the future nor before the previous step.")
    ResponseEntity<DeclarationResponse> advance(@PathVariable String id, @Valid @RequestBody TransitionRequest request,
                                                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                @CurrentCaller Caller caller) {
        Declaration declaration = declarations.advance(id, request.to(), request.effectiveOn(), request.note(), caller.name(),
                Etags.version(ifMatch));
        return ResponseEntity.ok().eTag(Etags.of(declaration.version()))
                .body(DeclarationResponse.of(declaration, declarations.nominationOf(declaration).orElse(null)));
    }

    @PostMapping("/declarations/{id}/nomination")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Nominate an awarded site to the next level within the batch's quota (agency-admin); "
            + "publishes demonstration-site.status-changed.v1 with nominatedLevel")
    ResponseEntity<NominationResponse> nominate(@PathVariable String id, @Valid @RequestBody(required = false) NominationRequest request,
                                                @CurrentCaller Caller caller) {
        Nomination nomination = declarations.nominate(id, request == null ? null : request.effectiveOn(), caller.name());
        return ResponseEntity.status(201).body(NominationResponse.of(nomination));
    }

    @GetMapping("/declarations/{id}/pre-check")
    @Operation(summary = "The automatic pre-check of a declared site, per criterion, from the point's current facilities")
    PreCheckResponse preCheck(@PathVariable String id) {
        return PreCheckResponse.of(declarations.preCheck(id));
    }

    @GetMapping("/service-points/{id}/pre-check")
    @Operation(summary = "Pre-check a point for a category before declaring it")
    PreCheckResponse preCheckPoint(@PathVariable String id, @RequestParam DemonstrationCategory category) {
        return PreCheckResponse.of(declarations.preCheck(id, category));
    }
}
