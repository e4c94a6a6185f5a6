package org.chs.registry.area.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.web.PageResponse;
import org.chs.registry.area.AdministrativeArea;
import org.chs.registry.area.AreaLevel;
import org.chs.registry.area.AreaService;
import org.chs.registry.area.web.AreaRequests.DescribeAreaRequest;
import org.chs.registry.area.web.AreaRequests.RegisterAreaRequest;
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

/** 行政区划接口 — administrative areas and their tree: province → city → county → township → village/community. */
@RestController
@RequestMapping("/api/registry/areas")
@Tag(name = "Administrative areas", description = "行政区划: codes, population, centroids, urban key areas, tree queries")
class AreaController {

    private final AreaService areas;

    AreaController(AreaService areas) {
        this.areas = areas;
    }

    @PostMapping
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Register an area under its parent (agency-admin)",
            description = "Code lengths: province 2, city 4, county 6, township 9, village/community 12 digits; the code starts with "
                    + "the parent's code. A malformed code is 400 naming the rule; an unknown parent is 422 (rule parent-exists).")
    ResponseEntity<AreaResponse> register(@Valid @RequestBody RegisterAreaRequest request) {
        AdministrativeArea area = areas.register(request.toCommand());
        return ResponseEntity.created(URI.create("/api/registry/areas/" + area.code())).eTag(Etags.of(area.version()))
                .body(AreaResponse.of(area));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Correct an area's name, population, centroid or urban flag (agency-admin); If-Match optional")
    ResponseEntity<AreaResponse> describe(@PathVariable String code, @Valid @RequestBody DescribeAreaRequest request,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        AdministrativeArea area = areas.describe(code, request.toCommand(), Etags.version(ifMatch));
        return ResponseEntity.ok().eTag(Etags.of(area.version())).body(AreaResponse.of(area));
    }

    @GetMapping
    @Operation(summary = "Areas of one level, a page at a time (default: provinces)")
    PageResponse<AreaResponse> byLevel(@RequestParam(defaultValue = "PROVINCE") AreaLevel level,
                                       @RequestParam(defaultValue = "0") @Min(0) int page,
                                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageResponse.of(areas.byLevel(level, PageRequest.of(page, size)), AreaResponse::of);
    }

    @GetMapping("/{code}")
    @Operation(summary = "One area; GB/T 2260 six-digit codes of provinces and cities (330000, 330100) are accepted too")
    ResponseEntity<AreaResponse> get(@PathVariable String code) {
        AdministrativeArea area = areas.get(code);
        return ResponseEntity.ok().eTag(Etags.of(area.version())).body(AreaResponse.of(area));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "The areas directly under an area, by code")
    List<AreaResponse> children(@PathVariable String code) {
        return areas.children(code).stream().map(AreaResponse::of).toList();
    }

    @GetMapping("/{code}/ancestors")
    @Operation(summary = "The areas above an area, province first")
    List<AreaResponse> ancestors(@PathVariable String code) {
        return areas.ancestors(code).stream().map(AreaResponse::of).toList();
    }

    @GetMapping("/{code}/villages")
    @Operation(summary = "All villages and communities under a county or township, a page at a time")
    PageResponse<AreaResponse> villages(@PathVariable String code, @RequestParam(defaultValue = "0") @Min(0) int page,
                                        @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return PageResponse.of(areas.villagesUnder(code, PageRequest.of(page, size)), AreaResponse::of);
    }
}
