package org.chs.settlement.clearing.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.idempotency.IdempotencyKey;
import org.chs.settlement.clearing.AdvanceFundStatus;
import org.chs.settlement.clearing.ClearingRun;
import org.chs.settlement.clearing.ClearingService;
import org.chs.settlement.clearing.ClearingStatement;
import org.chs.settlement.clearing.ClearingTotals;
import org.chs.settlement.clearing.Reconciliation;
import org.chs.settlement.shared.Money;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 清算 between regions, and advance funds (预付金). Amounts in yuan. */
@RestController
@RequestMapping("/api/settlement")
@Tag(name = "Clearing (清算)", description = "Monthly clearing per region pair, net positions, confirmation, advance funds, reconciliation; agency-admin writes, agency-admin and auditor read")
class ClearingController {

    /** A month's kept totals for one region pair. */
    record TotalsResponse(String period, String payerRegion, String payeeRegion, long settledCount, BigDecimal settledFundPayment,
                          BigDecimal settledTotal, long reversedCount, BigDecimal reversedFundPayment, BigDecimal reversedTotal,
                          BigDecimal netFundPayment) {
        static TotalsResponse of(ClearingTotals t) {
            return new TotalsResponse(t.period(), t.payerRegion(), t.payeeRegion(), t.settledCount(), Money.fromFen(t.settledFundFen()),
                    Money.fromFen(t.settledTotalFen()), t.reversedCount(), Money.fromFen(t.reversedFundFen()),
                    Money.fromFen(t.reversedTotalFen()), Money.fromFen(t.netFundFen()));
        }
    }

    /** A clearing statement (清算单). */
    record StatementResponse(String id, String period, String payerRegion, String payeeRegion, long settledCount, long reversedCount,
                             BigDecimal settledFundPayment, BigDecimal reversedFundPayment, BigDecimal fundPayment, String status,
                             Instant issuedAt, String issuedBy, Instant confirmedAt, String confirmedBy, Long version) {
        static StatementResponse of(ClearingStatement s) {
            return new StatementResponse(s.id(), s.period(), s.payerRegion(), s.payeeRegion(), s.settledCount(), s.reversedCount(),
                    Money.fromFen(s.settledFundFen()), Money.fromFen(s.reversedFundFen()), Money.fromFen(s.fundPaymentFen()), s.status().name(),
                    s.issuedAt(), s.issuedBy(), s.confirmedAt(), s.confirmedBy(), s.version());
        }
    }

    /** A region's net position: positive receives. */
    record PositionResponse(String region, BigDecimal receivable, BigDecimal payable, BigDecimal net) {
    }

    /** A clearing run with its statements' ids and the net positions. */
    record RunResponse(String period, String status, Instant startedAt, String startedBy, Instant completedAt, List<String> statementIds,
                       List<PositionResponse> positions) {
        static RunResponse of(ClearingRun r) {
            return new RunResponse(r.period(), r.status().name(), r.startedAt(), r.startedBy(), r.completedAt(), r.statementIds(),
                    r.positions().stream().map(p -> new PositionResponse(p.region(), Money.fromFen(p.receivableFen()),
                            Money.fromFen(p.payableFen()), Money.fromFen(p.netFen()))).toList());
        }
    }

    /** The month to clear, {@code yyyy-MM}. */
    record RunRequest(@NotBlank(message = "is required as yyyy-MM") @Size(max = 7, message = "must be yyyy-MM") String period) {
    }

    /** A top-up of an advance fund, yuan. */
    record TopUpRequest(@NotNull(message = "is required") @DecimalMin(value = "0.01", message = "must be at least 0.01")
                        @Digits(integer = 14, fraction = 2, message = "must be yuan with at most 2 decimals") BigDecimal amount) {
    }

    /** An advance fund and its warning, yuan. */
    record AdvanceFundResponse(String region, BigDecimal balance, BigDecimal toppedUp, BigDecimal drawn, BigDecimal averageMonthlyPayments,
                               BigDecimal recommended, BigDecimal warningLevel, boolean warning) {
        static AdvanceFundResponse of(AdvanceFundStatus s) {
            return new AdvanceFundResponse(s.region(), Money.fromFen(s.balanceFen()), Money.fromFen(s.toppedUpFen()), Money.fromFen(s.drawnFen()),
                    Money.fromFen(s.averageMonthlyFen()), Money.fromFen(s.recommendedFen()), Money.fromFen(s.warningFen()), s.warning());
        }
    }

    private final ClearingService clearing;

    ClearingController(ClearingService clearing) {
        this.clearing = clearing;
    }

    @GetMapping("/clearing/totals")
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "A month's running totals per region pair (agency-admin, auditor)")
    List<TotalsResponse> totals(@RequestParam String period) {
        return clearing.totals(period).stream().map(TotalsResponse::of).toList();
    }

    @PostMapping("/clearing/runs")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Run the clearing of a closed month: statements per region pair and net positions (agency-admin); publishes clearing.statement-issued.v1")
    RunResponse run(@Valid @RequestBody RunRequest request, @CurrentCaller Caller caller) {
        return RunResponse.of(clearing.run(request.period(), caller.name()));
    }

    @GetMapping("/clearing/runs/{period}")
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "A month's clearing run (agency-admin, auditor)")
    RunResponse getRun(@PathVariable String period) {
        return RunResponse.of(clearing.getRun(period));
    }

    @GetMapping("/clearing/statements")
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "A month's statements (agency-admin, auditor)")
    List<StatementResponse> statements(@RequestParam String period) {
        return clearing.statements(period).stream().map(StatementResponse::of).toList();
    }

    @PostMapping("/clearing/statements/{statementId}/confirmation")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "The paying region confirms a statement; its amount is drawn from the payer's advance fund (agency-admin); idempotent")
    StatementResponse confirm(@PathVariable String statementId, @CurrentCaller Caller caller) {
        return StatementResponse.of(clearing.confirm(statementId, caller.name()));
    }

    @GetMapping("/clearing/reconciliation")
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "对总账: recompute a month from the settlements and list every difference from the kept totals (agency-admin, auditor)")
    Reconciliation reconcile(@RequestParam String period) {
        return clearing.reconcile(period);
    }

    @GetMapping("/advance-funds/{region}")
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "A region's advance fund (预付金) with its recommended size and warning (agency-admin, auditor)")
    AdvanceFundResponse advanceFund(@PathVariable String region) {
        return AdvanceFundResponse.of(clearing.advanceFund(region));
    }

    @PostMapping("/advance-funds/{region}/top-ups")
    @PreAuthorize("hasRole('agency-admin')")
    @Operation(summary = "Top up a region's advance fund (agency-admin); Idempotency-Key required: the same key and amount again get "
            + "the first answer, another amount under it is 422")
    @IdempotencyKey(required = IdempotencyKey.Required.ALWAYS)
    AdvanceFundResponse topUp(@PathVariable String region,
                              // also the top-up's id in the fund, so that it is applied once even if its first answer was lost
                              @RequestHeader("Idempotency-Key") String idempotencyKey,
                              @Valid @RequestBody TopUpRequest request) {
        return AdvanceFundResponse.of(clearing.topUp(region, idempotencyKey, request.amount()));
    }
}
