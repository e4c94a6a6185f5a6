package org.chs.evaluation.ranking.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chs.evaluation.ranking.Award;
import org.chs.evaluation.ranking.Batch;
import org.chs.evaluation.ranking.BatchStatus;
import org.chs.evaluation.ranking.CategoryRanking;
import org.chs.evaluation.ranking.RankingService;
import org.chs.evaluation.web.Actors;
import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Rankings per batch and category, and publishing the awards (评选结果). */
@RestController
@RequestMapping("/api/evaluation/batches")
@Tag(name = "Rankings", description = "评选: ranking per batch and category, quotas, publishing awards")
class RankingController {

    private final RankingService rankings;

    RankingController(RankingService rankings) {
        this.rankings = rankings;
    }

    /** 批次设置: quotas per category, the default quota and the award threshold; omitted fields stay. */
    record ConfigureBatchRequest(@Size(max = 20) Map<@Size(max = 64) String, @NotNull @Min(0) @Max(100) Integer> quotas, @Min(0) @Max(100) Integer defaultQuota,
                                 @DecimalMin("0") @DecimalMax("1000") BigDecimal awardThreshold) {
    }

    /** A batch (申报批次) as evaluation sees it. */
    record BatchResponse(String batchId, String level, int year, Map<String, Integer> quotas, int defaultQuota,
                         BigDecimal awardThreshold, BatchStatus status, List<Award> awards, String publishedBy, Instant publishedAt,
                         Instant lastModifiedAt, String lastModifiedBy) {

        static BatchResponse of(Batch b) {
            return new BatchResponse(b.id(), b.level(), b.year(), b.quotas(), b.defaultQuota(), b.awardThreshold(), b.status(),
                    b.awards(), b.publishedBy(), b.publishedAt(), b.lastModifiedAt(), b.lastModifiedBy());
        }
    }

    /** The rankings of a batch. */
    record RankingsResponse(BatchResponse batch, List<CategoryRanking> categories) {
    }

    @GetMapping
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Batches, newest year first (agency-admin)")
    List<BatchResponse> list() {
        return rankings.list().stream().map(BatchResponse::of).toList();
    }

    @GetMapping("/{batchId}")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "One batch with its quotas and, once published, its awards (agency-admin)")
    BatchResponse get(@PathVariable String batchId) {
        return BatchResponse.of(rankings.batch(batchId));
    }

    @PutMapping("/{batchId}")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Set quotas per category, the default quota and the award threshold (agency-admin)")
    BatchResponse configure(@PathVariable String batchId, @Valid @RequestBody ConfigureBatchRequest request) {
        return BatchResponse.of(rankings.configure(batchId, request.quotas(), request.defaultQuota(), request.awardThreshold()));
    }

    @GetMapping("/{batchId}/rankings")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Ranking per category by score; vetoed, ineligible and unfinished sites listed apart (agency-admin)")
    RankingsResponse rankings(@PathVariable String batchId) {
        return new RankingsResponse(BatchResponse.of(rankings.batch(batchId)), rankings.rankings(batchId));
    }

    @PostMapping("/{batchId}/publish")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Publish: award the best non-vetoed sites above the threshold within each quota; publishes "
            + "demonstration-site.awarded.v1 per award (agency-admin)")
    BatchResponse publish(@PathVariable String batchId, @CurrentCaller Caller caller) {
        return BatchResponse.of(rankings.publish(batchId, Actors.of(caller)));
    }
}
