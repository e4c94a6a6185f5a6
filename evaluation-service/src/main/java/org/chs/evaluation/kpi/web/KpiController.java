package org.chs.evaluation.kpi.web;

import java.time.LocalDate;

import org.chs.evaluation.kpi.KpiOverview;
import org.chs.evaluation.kpi.KpiRecorder;
import org.chs.evaluation.kpi.KpiReport;
import org.chs.evaluation.kpi.KpiService;
import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.Roles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** KPIs per service point and period (网点考核指标), kept incrementally from events. */
@RestController
@RequestMapping("/api/evaluation/kpis")
@Tag(name = "KPIs", description = "考核指标: handling and waiting time, online rate, satisfaction, direct settlement")
class KpiController {

    private final KpiService kpis;

    KpiController(KpiService kpis) {
        this.kpis = kpis;
    }

    @GetMapping("/service-points")
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator')")
    @Operation(summary = "Every service point's KPIs over [from, to] (at most 366 days) against the source's standards: the "
            + "overview the console ranks a county's points by; points without data in the period are absent "
            + "(agency-admin, site-evaluator)")
    KpiOverview overview(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return kpis.overview(from, to);
    }

    @GetMapping("/service-points/{servicePointId}")
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator','counter-clerk')")
    @Operation(summary = "A point's KPIs over [from, to] against the source's standards, with monthly figures "
            + "(agency-admin, site-evaluator; counter-clerk for their own point)")
    KpiReport report(@PathVariable String servicePointId,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @CurrentCaller Caller caller) {
        if (!caller.hasRole(Roles.AGENCY_ADMIN) && !caller.hasRole(Roles.SITE_EVALUATOR)
                && !caller.servicePointId().filter(servicePointId::equals).isPresent()) {
            throw new AccessDeniedException("a clerk sees the KPIs of their own service point only");
        }
        return kpis.report(servicePointId, from, to);
    }

    @GetMapping("/institutions/{institutionId}")
    @PreAuthorize("hasAnyRole('agency-admin','site-evaluator')")
    @Operation(summary = "A designated medical institution's settlement KPIs over [from, to]: the direct-settlement rate "
            + "DIRECT / (DIRECT + MANUAL) against the 90 % target (agency-admin, site-evaluator)")
    KpiReport institution(@PathVariable String institutionId,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return kpis.report(KpiRecorder.institutionKey(institutionId), from, to);
    }
}
