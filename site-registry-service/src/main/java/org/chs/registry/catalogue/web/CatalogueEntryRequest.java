package org.chs.registry.catalogue.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.chs.registry.catalogue.CatalogueEntry;
import org.chs.registry.catalogue.EntryKind;
import org.chs.registry.catalogue.HandlingLevel;

/**
 * 经办事项请求 — an entry of the service-item list to add (all fields) or to update (code, kind and parent are ignored: they are
 * the entry's place in the tree). Handling fields are for sub-items only; the domain names the rule an entry breaks.
 */
record CatalogueEntryRequest(
        @Size(max = 20) @Schema(example = "ENR-04") String code,
        @NotBlank @Size(max = 100) String name,
        @Schema(example = "SUB_ITEM") EntryKind kind,
        @Size(max = 20) @Schema(example = "ENR") String parentCode,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> materials,
        @Min(0) @Max(365) @Schema(description = "working days; 0 for instant items (即办件)") Integer timeLimitWorkingDays,
        Boolean instant,
        Boolean onlineCapable,
        @Size(max = 500) String legalBasis,
        Set<HandlingLevel> handlingLevels) {

    CatalogueEntry toEntry() {
        return new CatalogueEntry(code == null ? null : code.trim(), name.trim(), kind, parentCode == null || parentCode.isBlank() ? null
                : parentCode.trim(), materials, timeLimitWorkingDays, instant, onlineCapable, legalBasis, handlingLevels);
    }

    CatalogueEntry toEntry(String pathCode) {
        return new CatalogueEntry(pathCode, name.trim(), kind, parentCode, materials, timeLimitWorkingDays, instant, onlineCapable,
                legalBasis, handlingLevels);
    }
}
