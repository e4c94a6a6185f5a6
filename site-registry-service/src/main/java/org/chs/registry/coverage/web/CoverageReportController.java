package org.chs.registry.coverage.web;

import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.registry.coverage.CoverageService;
import org.chs.registry.coverage.TravelModel;
import org.chs.registry.servicepoint.ServicePointType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 服务圈覆盖接口 — the agency's planning tool: which villages of a county are within the 30/15-minute service circle. */
@RestController
@RequestMapping("/api/registry/reports/coverage")
@Tag(name = "Reports", description = "Delegation (≥30% rule) and service-circle coverage")
class CoverageReportController {

    private final CoverageService coverage;

    CoverageReportController(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "Service-circle coverage of a county's villages (agency-admin, auditor)",
            description = "Travel minutes = haversine km × detourFactor ÷ speed × 60 (urban speed in urban key areas). Defaults from "
                    + "chs.coverage.*; detourFactor, ruralSpeedKmh and urbanSpeedKmh may be overridden per request for a what-if. "
                    + "Uncovered villages come first, with their nearest active point.")
    CoverageReportResponse report(@RequestParam String countyCode,
                                  @RequestParam(required = false) @DecimalMin("1.0") @DecimalMax("5.0") Double detourFactor,
                                  @RequestParam(required = false) @DecimalMin("1.0") @DecimalMax("120.0") Double ruralSpeedKmh,
                                  @RequestParam(required = false) @DecimalMin("1.0") @DecimalMax("120.0") Double urbanSpeedKmh,
                                  @RequestParam(required = false) Set<ServicePointType> pointTypes,
                                  @RequestParam(defaultValue = "false") boolean uncoveredOnly) {
        TravelModel model = coverage.defaultModel().with(detourFactor, ruralSpeedKmh, urbanSpeedKmh);
        return CoverageReportResponse.of(coverage.report(countyCode, model, pointTypes == null ? Set.of() : pointTypes), uncoveredOnly);
    }
}
