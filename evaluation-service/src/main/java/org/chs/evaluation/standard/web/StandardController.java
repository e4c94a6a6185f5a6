package org.chs.evaluation.standard.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.chs.evaluation.standard.PublishStandard;
import org.chs.evaluation.standard.StandardService;
import org.chs.platform.domain.BusinessRuleException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Scoring standards as versioned data (评分标准). */
@RestController
@RequestMapping("/api/evaluation/standards")
@Tag(name = "Standards", description = "评分标准: categories → items → rules, versioned")
@Validated
class StandardController {

    private final StandardService standards;

    StandardController(StandardService standards) {
        this.standards = standards;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator')")
    @Operation(summary = "The latest version of every standard (agency-admin, site-evaluator)")
    List<StandardResponse> list() {
        return standards.latestOfEach().stream().map(StandardResponse::summary).toList();
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator')")
    @Operation(summary = "The latest version of a standard with its content (agency-admin, site-evaluator)")
    StandardResponse latest(@PathVariable String code) {
        return StandardResponse.full(standards.latest(code));
    }

    @GetMapping("/{code}/versions")
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator')")
    @Operation(summary = "All versions of a standard, newest first (agency-admin, site-evaluator)")
    List<StandardResponse> versions(@PathVariable String code) {
        return standards.versions(code).stream().map(StandardResponse::summary).toList();
    }

    @GetMapping("/{code}/versions/{version}")
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator')")
    @Operation(summary = "One version of a standard with its content (agency-admin, site-evaluator)")
    StandardResponse version(@PathVariable String code, @PathVariable int version) {
        return StandardResponse.full(standards.version(code, version));
    }

    @PostMapping("/{code}/versions")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Publish the next version of a standard (agency-admin); running evaluations keep their version")
    ResponseEntity<StandardResponse> publish(@PathVariable @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}") String code,
                                             @Valid @RequestBody PublishStandardRequest request) {
        PublishStandard command;
        try {
            command = new PublishStandard(code, request.name(), request.nameZh(), request.siteCategories(),
                    Boolean.TRUE.equals(request.defaultPoints()),
                    request.note(), StandardContent.toDomain(request.categories()));
        } catch (IllegalArgumentException inconsistent) {
            // the content is well-formed JSON but not a coherent standard (e.g. a clause group naming an unknown clause)
            throw new BusinessRuleException("invalid-standard", inconsistent.getMessage());
        }
        var published = standards.publish(command);
        return ResponseEntity.created(URI.create("/api/evaluation/standards/" + code + "/versions/" + published.standardVersion()))
                .body(StandardResponse.full(published));
    }
}
