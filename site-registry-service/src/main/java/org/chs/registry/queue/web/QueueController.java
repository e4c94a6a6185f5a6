package org.chs.registry.queue.web;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.PageResponse;
import org.chs.platform.web.Roles;
import org.chs.registry.queue.QueueService;
import org.chs.registry.queue.QueueTicket;
import org.chs.registry.queue.TicketStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 排队叫号接口 — a point's queue: tickets taken by its clerks or its self-service terminal, called and given up by its clerks,
 * claimed by the handling each one serves. Only the point's own callers act on its queue.
 */
@RestController
@RequestMapping("/api/registry/service-points/{id}/tickets")
@Tag(name = "Queue tickets", description = "排队叫号: take (取号), call (叫号), cancel (过号) and claim tickets; system time only")
class QueueController {

    private final QueueService queue;

    QueueController(QueueService queue) {
        this.queue = queue;
    }

    @PostMapping
    @PreAuthorize("hasRole('counter-clerk')")
    @Operation(summary = "取号 — take the point's next ticket (a clerk or the self-service terminal of the point); number and time by the platform")
    ResponseEntity<TicketResponse> issue(@PathVariable String id, @CurrentCaller Caller caller) {
        requireOwnPoint(id, caller);
        if (caller.handlingChannel().isPresent() && !Caller.SELF_SERVICE.equals(caller.handlingChannel().get())) {
            throw new AccessDeniedException("Only a point's clerks and self-service terminal take queue tickets");
        }
        QueueTicket ticket = queue.issue(id, caller.name());
        return ResponseEntity.created(URI.create("/api/registry/service-points/" + id + "/tickets/" + ticket.id()))
                .body(TicketResponse.of(ticket, queue.today()));
    }

    @PostMapping("/{ticketId}/call")
    @PreAuthorize("hasRole('counter-clerk')")
    @Operation(summary = "叫号 — call a waiting ticket of today to the clerk's window (a clerk of the point); 409 when another window was first")
    TicketResponse call(@PathVariable String id, @PathVariable String ticketId, @CurrentCaller Caller caller) {
        requireClerkOf(id, caller);
        return TicketResponse.of(queue.call(id, ticketId, caller.name()), queue.today());
    }

    @PostMapping("/{ticketId}/cancel")
    @PreAuthorize("hasRole('counter-clerk')")
    @Operation(summary = "过号 — give up a waiting or called ticket that serves no handling (a clerk of the point)")
    TicketResponse cancel(@PathVariable String id, @PathVariable String ticketId, @CurrentCaller Caller caller) {
        requireClerkOf(id, caller);
        return TicketResponse.of(queue.cancel(id, ticketId, caller.name()), queue.today());
    }

    @PostMapping("/{ticketId}/claim")
    @PreAuthorize("hasRole('counter-clerk')")
    @Operation(summary = "The handling a called ticket serves claims it (the handling kit, with the clerk's token); once per ticket, "
            + "replayed for the same handling, 409 for another")
    TicketResponse claim(@PathVariable String id, @PathVariable String ticketId, @Valid @RequestBody ClaimRequest request,
                         @CurrentCaller Caller caller) {
        requireClerkOf(id, caller);
        return TicketResponse.of(queue.claim(id, ticketId, request.handlingId()), queue.today());
    }

    @GetMapping("/{ticketId}")
    @PreAuthorize("hasAnyRole('counter-clerk','agency-admin','auditor')")
    @Operation(summary = "One ticket of the point")
    TicketResponse get(@PathVariable String id, @PathVariable String ticketId, @CurrentCaller Caller caller) {
        requireOwnPointOrOversight(id, caller);
        return TicketResponse.of(queue.get(id, ticketId), queue.today());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('counter-clerk','agency-admin','auditor')")
    @Operation(summary = "A day's queue of the point (today by default), in the order taken, optionally of one status; paged")
    PageResponse<TicketResponse> list(@PathVariable String id,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                                      @RequestParam(required = false) TicketStatus status,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size,
                                      @CurrentCaller Caller caller) {
        requireOwnPointOrOversight(id, caller);
        LocalDate today = queue.today();
        return PageResponse.of(queue.list(id, day, status, PageRequest.of(page, size)), t -> TicketResponse.of(t, today));
    }

    private static void requireOwnPoint(String id, Caller caller) {
        if (!id.equals(caller.requireServicePoint())) {
            throw new AccessDeniedException("You act for service point " + caller.requireServicePoint() + ", not " + id);
        }
    }

    /** Calling and claiming are a person's acts at a window: a terminal or the online hall, also holding the clerk role, may not. */
    private static void requireClerkOf(String id, Caller caller) {
        if (!caller.isCounterClerk()) {
            throw new AccessDeniedException("Only a clerk at the point's window calls, cancels and claims its tickets");
        }
        requireOwnPoint(id, caller);
    }

    private static void requireOwnPointOrOversight(String id, Caller caller) {
        if (!caller.hasRole(Roles.AGENCY_ADMIN) && !caller.hasRole(Roles.AUDITOR)) {
            requireOwnPoint(id, caller);
        }
    }
}
