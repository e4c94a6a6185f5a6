package org.chs.settlement.reimbursement.web;

import java.net.URI;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.handling.Operator;
import org.chs.platform.handling.OperatorKind;
import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.Roles;
import org.chs.platform.web.idempotency.IdempotencyKey;
import org.chs.settlement.reimbursement.ReimburseBill;
import org.chs.settlement.reimbursement.ReimbursementService;
import org.chs.settlement.settlement.Outcome;
import org.chs.settlement.settlement.Payee;
import org.chs.settlement.settlement.SettleBill;
import org.chs.settlement.settlement.SettlementMode;
import org.chs.settlement.settlement.web.BillLineRequest;
import org.chs.settlement.settlement.web.ReversalRequest;
import org.chs.settlement.settlement.web.SettlementResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 零星报销 at counters. */
@RestController
@RequestMapping("/api/settlement/reimbursements")
@Tag(name = "Manual reimbursement (零星报销)", description = "Counter clerks reimburse bills paid out of pocket: a handling under RMB-01, the settlement calculation, a payment record")
class ReimbursementController {

    private final ReimbursementService reimbursements;

    ReimbursementController(ReimbursementService reimbursements) {
        this.reimbursements = reimbursements;
    }

    @PostMapping
    @PreAuthorize("hasRole('counter-clerk')")
    @Operation(summary = "Reimburse a bill (counter-clerk, at own point; publishes handling.completed.v1 and settlement.completed.v1 mode MANUAL)",
            description = "Idempotent by (institutionId, billNumber): a replay returns the first result (200, Idempotent-Replayed: true); a bill already settled directly is 422.")
    @IdempotencyKey(required = IdempotencyKey.Required.OPTIONAL)
    ResponseEntity<SettlementResponse> reimburse(@Valid @RequestBody ReimbursementRequest r, @CurrentCaller Caller caller) {
        SettleBill bill = new SettleBill(SettlementMode.MANUAL, r.institutionId(), caller.requireServicePoint(), caller.name(), r.billNumber(),
                r.idNumber(), r.admissionDate(), r.dischargeDate(), r.visitType(), r.diseaseCode(), r.hospitalLevel(), Boolean.TRUE.equals(r.emergency()),
                r.treatmentRegion(), r.lines().stream().map(BillLineRequest::toLine).toList());
        String account = r.payee().accountNumber();
        Payee payee = new Payee(r.payee().name(), r.payee().bankName(), "*".repeat(account.length() - 4) + account.substring(account.length() - 4));
        Outcome outcome = reimbursements.reimburse(new ReimburseBill(bill, payee,
                new Operator(caller.name(), caller.clientId(), OperatorKind.CLERK, caller.servicePointId()), r.queuedAt(), r.startedAt()));
        SettlementResponse body = SettlementResponse.of(outcome.settlement(), outcome.reviewToken());
        if (outcome.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(body);
        }
        return ResponseEntity.created(URI.create("/api/settlement/reimbursements/" + body.id())).body(body);
    }

    @GetMapping("/{settlementId}")
    @PreAuthorize("hasAnyRole('counter-clerk','agency-admin','auditor')")
    @Operation(summary = "One reimbursement (counter-clerk: of its own point, another point's is 404; agency-admin, auditor: any)")
    SettlementResponse get(@PathVariable String settlementId, @CurrentCaller Caller caller) {
        String clerkPoint = caller.hasRole(Roles.AGENCY_ADMIN) || caller.hasRole(Roles.AUDITOR) ? null : caller.requireServicePoint();
        return SettlementResponse.of(reimbursements.get(settlementId, clerkPoint), null);
    }

    @PostMapping("/{settlementId}/reversal")
    @PreAuthorize("hasAnyRole('counter-clerk','agency-admin')")
    @Operation(summary = "冲正 a reimbursement: cancels the payment and restores the year's total (counter-clerk of the point that made it, "
            + "agency-admin); idempotent", description = "A clerk of another point is refused with 403 service-point-scope.")
    @IdempotencyKey(required = IdempotencyKey.Required.OPTIONAL)
    SettlementResponse reverse(@PathVariable String settlementId, @Valid @RequestBody ReversalRequest request, @CurrentCaller Caller caller) {
        String clerkPoint = caller.hasRole(Roles.AGENCY_ADMIN) ? null : caller.requireServicePoint();
        return SettlementResponse.of(reimbursements.reverse(settlementId, request.reason(), caller.name(), clerkPoint), null);
    }
}
