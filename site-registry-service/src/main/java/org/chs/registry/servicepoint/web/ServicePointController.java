package org.chs.registry.servicepoint.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.PageResponse;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointFilter;
import org.chs.registry.servicepoint.ServicePointService;
import org.chs.registry.servicepoint.ServicePointStatus;
import org.chs.registry.servicepoint.ServicePointType;
import org.chs.registry.servicepoint.web.ServicePointRequests.ChangeStatusRequest;
import org.chs.registry.servicepoint.web.ServicePointRequests.DescribeServicePointRequest;
import org.chs.registry.servicepoint.web.ServicePointRequests.RegisterServicePointRequest;
import org.chs.registry.web.Etags;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 服务网点接口 — service points of the network: register, describe, change status, look up and list. */
@RestController
@RequestMapping("/api/registry/service-points")
@Tag(name = "Service points", description = "服务网点: county hall, township/village/community stations, bank branches, hospital windows")
class ServicePointController {

    private final ServicePointService points;

    ServicePointController(ServicePointService points) {
        this.points = points;
    }

    @PostMapping
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Register a service point (agency-admin); publishes service-point.registered.v1")
    ResponseEntity<ServicePointResponse> register(@Valid @RequestBody RegisterServicePointRequest request, @CurrentCaller Caller caller) {
        ServicePoint point = points.register(request.toCommand(), caller.name());
        return ResponseEntity.created(URI.create("/api/registry/service-points/" + point.id())).eTag(Etags.of(point.version()))
                .body(ServicePointResponse.of(point));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Update a point's description and facilities (agency-admin); If-Match optional, 412 when stale")
    ResponseEntity<ServicePointResponse> describe(@PathVariable String id, @Valid @RequestBody DescribeServicePointRequest request,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        ServicePoint point = points.describe(id, request.toCommand(), Etags.version(ifMatch));
        return ResponseEntity.ok().eTag(Etags.of(point.version())).body(ServicePointResponse.of(point));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Suspend, re-activate or close a point with a reason (agency-admin); publishes service-point.status-changed.v1")
    ResponseEntity<ServicePointResponse> changeStatus(@PathVariable String id, @Valid @RequestBody ChangeStatusRequest request,
                                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                      @CurrentCaller Caller caller) {
        ServicePoint point = points.changeStatus(id, request.status(), request.reason().trim(), caller.name(), Etags.version(ifMatch));
        return ResponseEntity.ok().eTag(Etags.of(point.version())).body(ServicePointResponse.of(point));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One service point with its status history")
    ResponseEntity<ServicePointResponse> get(@PathVariable String id) {
        ServicePoint point = points.get(id);
        return ResponseEntity.ok().eTag(Etags.of(point.version())).body(ServicePointResponse.of(point));
    }

    @GetMapping
    @Operation(summary = "Service points by type, status and area (the area or anywhere below it), a page at a time, by id")
    PageResponse<ServicePointResponse> list(@RequestParam(required = false) ServicePointType type,
                                            @RequestParam(required = false) ServicePointStatus status,
                                            @RequestParam(required = false) String areaCode,
                                            @RequestParam(defaultValue = "0") @Min(0) int page,
                                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(points.list(new ServicePointFilter(type, status, areaCode), PageRequest.of(page, size)),
                ServicePointResponse::of);
    }
}
