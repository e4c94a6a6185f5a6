package org.chs.settlement.catalogue.web;

import java.io.StringReader;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.PageResponse;
import org.chs.settlement.catalogue.CatalogueEntry;
import org.chs.settlement.catalogue.CatalogueService;
import org.chs.settlement.catalogue.ImportReport;
import org.chs.settlement.shared.RegionCode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 就医地目录 administration and lookup. */
@RestController
@Validated
@RequestMapping("/api/settlement/catalogues/{region}")
@Tag(name = "Catalogues (就医地目录)", description = "Class A / class B / self-pay items of a treatment region; agency-admin writes, agency-admin, auditor and hospitals read")
class CatalogueController {

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @PutMapping("/items/{itemCode}")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Create or replace one item (agency-admin)")
    CatalogueItemResponse put(@PathVariable @Pattern(regexp = RegionCode.PATTERN, message = "must be a six-digit area code") String region,
                              @PathVariable @Pattern(regexp = CatalogueEntry.CODE_PATTERN, message = "must be 1-40 letters, digits, '.', '_' or '-'") String itemCode,
                              @Valid @RequestBody CatalogueItemRequest request, @CurrentCaller Caller caller) {
        return CatalogueItemResponse.of(catalogue.put(region, new CatalogueEntry(itemCode, request.name(), request.itemClass(),
                request.selfPayFirstShare(), request.quantityLimit(), Boolean.TRUE.equals(request.restricted()), request.qualifyingDiseaseCodes()), caller.name()));
    }

    @PostMapping(path = "/imports", consumes = "text/csv")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Bulk import from CSV (agency-admin)", description = "Header itemCode,name,class,selfPayFirstShare,quantityLimit,"
            + "restricted,qualifyingDiseases (diseases separated by ';'). Valid lines are stored; the report lists each rejected line "
            + "with its line number, field and rule.")
    ImportReport importCsv(@PathVariable String region, @RequestBody String csv, @CurrentCaller Caller caller) {
        return catalogue.importCsv(region, new StringReader(csv), caller.name());
    }

    @GetMapping("/items/{itemCode}")
    @PreAuthorize("hasAnyRole('agency-admin','auditor','hospital-operator')")
    @Operation(summary = "One item (agency-admin, auditor, hospital-operator)")
    CatalogueItemResponse get(@PathVariable String region, @PathVariable String itemCode) {
        return CatalogueItemResponse.of(catalogue.get(region, itemCode));
    }

    @GetMapping("/items")
    @PreAuthorize("hasAnyRole('agency-admin','auditor','hospital-operator')")
    @Operation(summary = "The region's items by code, paged (agency-admin, auditor, hospital-operator)")
    PageResponse<CatalogueItemResponse> list(@PathVariable String region,
                                           @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
                                           @RequestParam(defaultValue = "50") @Min(value = 1, message = "must be at least 1")
                                           @Max(value = 500, message = "must be at most 500") int size) {
        return PageResponse.of(catalogue.list(region, page, size), CatalogueItemResponse::of);
    }
}
