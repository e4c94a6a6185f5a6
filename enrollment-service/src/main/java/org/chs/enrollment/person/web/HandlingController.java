package org.chs.enrollment.person.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.chs.enrollment.handling.web.HandlingResponse;
import org.chs.enrollment.person.PersonService;
import org.chs.platform.handling.ServicePointScopeException;
import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.InvalidRequestException;
import org.chs.platform.web.PageResponse;
import org.chs.platform.web.Roles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 办件台账 — the handlings of a service point on a day. */
@RestController
@RequestMapping("/api/enrollment/handlings")
@Tag(name = "Handlings", description = "办件台账")
class HandlingController {

    private final PersonService persons;

    HandlingController(PersonService persons) {
        this.persons = persons;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator','hospital-operator','agency-admin','auditor')")
    @Operation(summary = "Handlings of a service point on a day, in completion order", description = "Clerks, banks and hospitals see "
            + "their own point only (servicePointId defaults to the token's; another is 403); agency-admin and auditor name any point. "
            + "date defaults to today (agency time zone). Paged; hasNext tells whether more follow (no total: the day is not counted).")
    PageResponse<HandlingResponse> list(@RequestParam(required = false) String servicePointId,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                        @RequestParam(defaultValue = "0") @Min(0) int page,
                                        @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                        @CurrentCaller Caller caller) {
        String point = pointFor(caller, servicePointId);
        LocalDate day = date != null ? date : persons.today();
        return PageResponse.of(persons.handlingsAt(point, day, page, size), HandlingResponse::of);
    }

    private static String pointFor(Caller caller, String requested) {
        if (caller.hasRole(Roles.AGENCY_ADMIN) || caller.hasRole(Roles.AUDITOR)) {
            if (requested == null) {
                throw new InvalidRequestException("servicePointId", "handling",
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
