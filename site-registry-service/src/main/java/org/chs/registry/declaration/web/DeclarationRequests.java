package org.chs.registry.declaration.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

import org.chs.registry.declaration.AwardLevel;
import org.chs.registry.declaration.DeclarationStatus;
import org.chs.registry.declaration.DemonstrationCategory;
import org.chs.registry.declaration.NominationGroup;
import org.chs.registry.declaration.OpenBatch;

/** 示范点申报请求 — the request bodies of the batch and declaration endpoints. */
final class DeclarationRequests {

    private DeclarationRequests() {
    }

    /** Opens a batch: categories with the number of sites to select, nomination quotas to the next level, phase deadlines. */
    record OpenBatchRequest(
            @Size(max = 64) @Schema(example = "batch-2026-county-1") String id,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull AwardLevel level,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 12) @Schema(example = "330127") String areaCode,
            @NotEmpty @Schema(example = "{\"GRASSROOTS_TOWNSHIP\":2,\"GRASSROOTS_VILLAGE\":2,\"MEDICAL_INSTITUTION\":2}")
            Map<DemonstrationCategory, @NotNull @PositiveOrZero @Max(1_000) Integer> quotas,
            @Schema(example = "{\"GRASSROOTS\":1,\"MEDICAL_INSTITUTION\":1}") Map<NominationGroup, @NotNull @PositiveOrZero @Max(1_000) Integer> nominationQuotas,
            @NotNull LocalDate declarationDeadline,
            @NotNull LocalDate constructionDeadline,
            @NotNull LocalDate decisionDeadline) {

        OpenBatch toCommand() {
            return new OpenBatch(id == null || id.isBlank() ? null : id.trim(), year, level, name.trim(), areaCode.trim(), quotas,
                    nominationQuotas, declarationDeadline, constructionDeadline, decisionDeadline);
        }
    }

    /** Declares a point in a batch; a counter clerk may declare only the point they work at. */
    record DeclareRequest(@NotBlank @Size(max = 64) String batchId, @NotBlank @Size(max = 64) String servicePointId, @NotNull DemonstrationCategory category) {
    }

    /** Records a lifecycle step by hand: UNDER_CONSTRUCTION, CONSTRUCTED, UNDER_REVIEW or NOT_SELECTED. */
    record TransitionRequest(@NotNull DeclarationStatus to,
                             @Schema(description = "the date it took effect; default today (Asia/Shanghai)") LocalDate effectiveOn,
                             @Size(max = 500) String note) {
    }

    /** Nominates an awarded site to the next level. */
    record NominationRequest(LocalDate effectiveOn) {
    }
}
