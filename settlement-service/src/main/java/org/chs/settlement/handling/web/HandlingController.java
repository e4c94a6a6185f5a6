package org.chs.settlement.handling.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.PageResponse;
import org.chs.platform.web.Roles;
import org.chs.settlement.handling.HandlingLog;
import org.chs.settlement.shared.InvalidFieldException;
import org.chs.settlement.shared.ServicePointScopeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 办件台账 — the counter handlings this service recorded at a service point on a day. */
@RestController
@Validated
@RequestMapping("/api/settlement/handlings")
@Tag(name = "Handlings (办件台账)", description = "Filings, filing revocations and manual reimbursements of a service point on a day")
class HandlingController {

    private final HandlingLog log;
    private final Clock clock;
    private final ZoneId zone;

    HandlingController(HandlingLog log, Clock clock, @Value("${chs.settlement.zone:Asia/Shanghai}") ZoneId zone) {
        this.log = log;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator','hospital-operator','agency-admin','auditor')")
    @Operation(summary = "Handlings of a service point on a day, in completion order (filings, revocations, manual reimbursements)",
            description = "Clerks, banks and hospitals see their own point only (servicePointId defaults to the token's; another is 403 "
                    + "service-point-scope); agency-admin and auditor name any point (400 without servicePointId). date defaults to "
                    + "today (agency time zone). Paged (page from 0, size 1–200, up to position 10000 of the day); hasNext tells "
                    + "whether more follow (no total: the day is not counted). Items have the field names of enrollment's handlings, plus business {kind, id}.")
    PageResponse<HandlingResponse> list(@RequestParam(required = false) String servicePointId,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                        @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
                                        @RequestParam(defaultValue = "50") @Min(value = 1, message = "must be at least 1")
                                        @Max(value = 200, message = "must be at most 200") int size,
                                        @CurrentCaller Caller caller) {
        String point = pointFor(caller, servicePointId);
        LocalDate day = date != null ? date : LocalDate.now(clock.withZone(zone));
        return PageResponse.of(log.at(point, day, page, size), HandlingResponse::of);
    }

    private static String pointFor(Caller caller, String requested) {
        if (caller.hasRole(Roles.AGENCY_ADMIN) || caller.hasRole(Roles.AUDITOR)) {
            if (requested == null || requested.isBlank()) {
                throw new InvalidFieldException("servicePointId", "required",
                        "name the service point: servicePointId is required for agency-wide roles");
            }
            return requested;
        }
        String own = caller.requireServicePoint();
        if (requested != null && !requested.equals(own)) {
            throw new ServicePointScopeException("You may list the handlings of your own service point " + own + " only");
        }
        return own;
    }
}
