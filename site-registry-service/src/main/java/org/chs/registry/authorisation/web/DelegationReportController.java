package org.chs.registry.authorisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.registry.authorisation.AuthorisationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 事项下放报告接口 — the ≥ 30 % rule per township and village/community point of a county. */
@RestController
@RequestMapping("/api/registry/reports/delegation")
@Tag(name = "Reports")
class DelegationReportController {

    private final AuthorisationService authorisations;

    DelegationReportController(AuthorisationService authorisations) {
        this.authorisations = authorisations;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "Share of the county list each township/village/community point may handle, against the ≥30% rule "
            + "(agency-admin, auditor)")
    DelegationReportResponse report(@RequestParam String countyCode) {
        return DelegationReportResponse.of(authorisations.delegationReport(countyCode));
    }
}
