package org.chs.settlement.institution.web;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.settlement.institution.Institution;
import org.chs.settlement.institution.InstitutionDirectory;
import org.chs.settlement.shared.RegionCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The treatment region of each designated institution. */
@RestController
@RequestMapping("/api/settlement/institutions")
@Tag(name = "Institutions (定点医疗机构)", description = "Treatment region per designated institution; agency-admin")
class InstitutionController {

    /** The region to set. */
    record LocateRequest(@NotNull(message = "is required") @Pattern(regexp = RegionCode.PATTERN, message = "must be a six-digit area code")
                         String treatmentRegion) {
    }

    /** An institution's region. */
    record InstitutionResponse(String institutionId, String treatmentRegion, java.time.Instant updatedAt, String updatedBy) {
    }

    private final InstitutionDirectory directory;

    InstitutionController(InstitutionDirectory directory) {
        this.directory = directory;
    }

    @PutMapping("/{institutionId}")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Set an institution's treatment region, overriding the configured default (agency-admin)")
    InstitutionResponse locate(@PathVariable String institutionId, @Valid @RequestBody LocateRequest request, @CurrentCaller Caller caller) {
        Institution institution = directory.locate(institutionId, request.treatmentRegion(), caller.name());
        return new InstitutionResponse(institution.id(), institution.treatmentRegion(), institution.updatedAt(), institution.updatedBy());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "Every institution and its treatment region (agency-admin, auditor)")
    Map<String, String> all() {
        return directory.all();
    }
}
