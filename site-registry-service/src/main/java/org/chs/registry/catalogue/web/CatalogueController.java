package org.chs.registry.catalogue.web;

import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.PageResponse;
import org.chs.registry.catalogue.Catalogue;
import org.chs.registry.catalogue.CatalogueEntry;
import org.chs.registry.catalogue.CatalogueService;
import org.chs.registry.catalogue.CatalogueVersion;
import org.chs.registry.catalogue.HandlingLevel;
import org.chs.registry.catalogue.web.CatalogueResponses.CatalogueTreeResponse;
import org.chs.registry.catalogue.web.CatalogueResponses.ChangeResponse;
import org.chs.registry.catalogue.web.CatalogueResponses.EntryResponse;
import org.chs.registry.catalogue.web.CatalogueResponses.ItemListResponse;
import org.chs.registry.catalogue.web.CatalogueResponses.ItemResponse;
import org.chs.registry.catalogue.web.CatalogueResponses.VersionSummary;
import org.chs.registry.shared.NotFoundException;
import org.chs.registry.web.Etags;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 事项清单接口 — the versioned service-item list: read any version as a tree or as items per level, and change it (agency-admin),
 * each change making a new version and publishing {@code catalogue.changed.v1}. Reads of the current version carry
 * {@code ETag: "v<version>"} and answer 304 to a matching {@code If-None-Match}.
 */
@RestController
@RequestMapping("/api/registry/catalogue")
@Tag(name = "Service-item catalogue", description = "事项清单: category → main item → sub-item, versioned")
class CatalogueController {

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "The catalogue as a tree (current version unless ?version=); ETag \"v<version>\", If-None-Match → 304")
    ResponseEntity<CatalogueTreeResponse> tree(@RequestParam(required = false) @Min(1) Integer version,
                                               @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Catalogue c = version == null ? catalogue.current() : catalogue.at(version);
        return cached(c, ifNoneMatch, () -> CatalogueTreeResponse.of(c));
    }

    @GetMapping("/items")
    @Operation(summary = "The handleable sub-items, optionally only those a level may handle")
    ResponseEntity<ItemListResponse> items(@RequestParam(required = false) HandlingLevel level,
                                           @RequestParam(required = false) @Min(1) Integer version,
                                           @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Catalogue c = version == null ? catalogue.current() : catalogue.at(version);
        List<CatalogueEntry> items = level == null ? c.itemsAt(HandlingLevel.COUNTY) : c.itemsAt(level);
        return cached(c, ifNoneMatch, () -> new ItemListResponse(c.version(), level, items.stream().map(ItemResponse::of).toList()));
    }

    @GetMapping("/entries/{code}")
    @Operation(summary = "One entry (category, main item or sub-item)")
    ResponseEntity<EntryResponse> entry(@PathVariable String code, @RequestParam(required = false) @Min(1) Integer version,
                                        @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Catalogue c = version == null ? catalogue.current() : catalogue.at(version);
        CatalogueEntry entry = c.entry(code).orElseThrow(() -> new NotFoundException("catalogue entry", code));
        return cached(c, ifNoneMatch, () -> EntryResponse.of(c.version(), entry));
    }

    @GetMapping("/versions")
    @Operation(summary = "The versions of the catalogue, newest first, a page at a time")
    PageResponse<VersionSummary> versions(@RequestParam(defaultValue = "0") @Min(0) int page,
                                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(catalogue.versions(PageRequest.of(page, size)), VersionSummary::of);
    }

    @PostMapping("/entries")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Add an entry (agency-admin): a new version; If-Match \"v<version>\" optional, 412 when stale")
    ResponseEntity<ChangeResponse> add(@Valid @RequestBody CatalogueEntryRequest request,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @CurrentCaller Caller caller) {
        CatalogueVersion next = catalogue.add(request.toEntry(), Etags.catalogueVersion(ifMatch), caller.name());
        return ResponseEntity.created(URI.create("/api/registry/catalogue/entries/" + request.code())).eTag(Etags.ofCatalogue(next.number()))
                .body(ChangeResponse.of(next));
    }

    @PutMapping("/entries/{code}")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Update an entry's content (agency-admin): a new version; code, kind and parent stay")
    ResponseEntity<ChangeResponse> update(@PathVariable String code, @Valid @RequestBody CatalogueEntryRequest request,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @CurrentCaller Caller caller) {
        CatalogueVersion next = catalogue.update(code, request.toEntry(code), Etags.catalogueVersion(ifMatch), caller.name());
        return ResponseEntity.ok().eTag(Etags.ofCatalogue(next.number())).body(ChangeResponse.of(next));
    }

    @DeleteMapping("/entries/{code}")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Remove an entry without children (agency-admin): a new version")
    ResponseEntity<ChangeResponse> remove(@PathVariable String code,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          @CurrentCaller Caller caller) {
        CatalogueVersion next = catalogue.remove(code, Etags.catalogueVersion(ifMatch), caller.name());
        return ResponseEntity.ok().eTag(Etags.ofCatalogue(next.number())).body(ChangeResponse.of(next));
    }

    private static <T> ResponseEntity<T> cached(Catalogue c, String ifNoneMatch, Supplier<T> body) {
        String etag = Etags.ofCatalogue(c.version());
        if (Etags.matches(ifNoneMatch, etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(body.get());
    }
}
