package org.chs.evaluation.evaluation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Request bodies of the evaluation (示范点评估) endpoints. */
final class EvaluationRequests {

    private EvaluationRequests() {
    }

    /** 启动评估 for a declared site (normally opened from {@code demonstration-site.declared.v1}). */
    record OpenEvaluationRequest(@NotBlank @Size(max = 64) String declarationId, @NotBlank @Size(max = 64) String batchId,
                                 @NotBlank @Size(max = 64) String servicePointId, @Size(max = 200) String servicePointName,
                                 @Size(max = 40) String servicePointType, @NotBlank @Size(max = 64) String category,
                                 @NotBlank @Size(max = 40) String level, @Min(2000) @Max(2100) int year,
                                 @Size(max = 20) List<@NotBlank @Size(max = 100) String> evaluators) {
    }

    /** 指派评估员. */
    record AssignEvaluatorsRequest(@NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) String> evaluators) {
    }

    /** 指标统计期. */
    record KpiPeriodRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    /** 评估发现 on one item: only the fields of the item's rule kind apply. */
    record FindingRequest(@Size(max = 200) Set<@NotBlank @Size(max = 40) String> clausesMet,
                          @Size(max = 200) Map<@Size(max = 40) String, @NotNull @PositiveOrZero @Max(100_000) Integer> casesPerClause,
                          @Size(max = 50) List<@Valid VetoFindingRequest> vetoFindings, Boolean preconditionMet,
                          @Size(max = 2000) String notes) {
    }

    /** 否决事项 with evidence. */
    record VetoFindingRequest(@NotBlank @Size(max = 1000) String description, @NotBlank @Size(max = 500) String evidence) {
    }

    /** 定稿决定. */
    record DecisionsRequest(@Size(max = 50) Set<@NotBlank @Size(max = 40) String> confirmedVetoes,
                            @Size(max = 50) Map<@Size(max = 40) String, @NotBlank @Size(max = 2000) String> failedPreconditions) {
    }
}
