package org.chs.settlement.settlement.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.PageResponse;
import org.chs.platform.web.Roles;
import org.chs.platform.web.idempotency.IdempotencyKey;
import org.chs.settlement.settlement.Outcome;
import org.chs.settlement.settlement.SettleBill;
import org.chs.settlement.settlement.Settlement;
import org.chs.settlement.settlement.SettlementMode;
import org.chs.settlement.settlement.SettlementService;
import org.chs.settlement.shared.NotFoundException;
import org.chs.settlement.shared.ServicePointScopeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 异地就医直接结算 for hospitals: pre-settle, settle, look up and reverse their own bills. */
@RestController
@Validated
@RequestMapping("/api/settlement")
@Tag(name = "Direct settlement (直接结算)", description = "Hospitals (hospital-operator, client credentials) settle their own bills; the institution is taken from the token. Agency-admin and auditor read all.")
class SettlementController {

    static final String REPLAYED = "Idempotent-Replayed";
    /** A hospital's bill number, as {@link SettlementRequest} takes it. */
    static final String BILL_NUMBER = "[A-Za-z0-9_-]+";

    private final SettlementService settlements;

    SettlementController(SettlementService settlements) {
        this.settlements = settlements;
    }

    @PostMapping("/pre-settlements")
    @PreAuthorize("hasRole('hospital-operator')")
    @Operation(summary = "预结算: compute without committing (hospital-operator)")
    SettlementResponse preSettle(@Valid @RequestBody SettlementRequest request, @CurrentCaller Caller caller) {
        SettleBill command = command(request, caller);
        return SettlementResponse.of(settlements.preSettle(command), command.institutionId(), command.servicePointId());
    }

    @PostMapping("/settlements")
    @PreAuthorize("hasRole('hospital-operator')")
    @Operation(summary = "结算: settle a bill once (hospital-operator)",
            description = "The bill number is the idempotency key, unique per hospital: a replay with the same body answers 200 with the first "
                    + "result and header Idempotent-Replayed: true; a different body under the same number is 422 idempotency-key-reused. "
                    + "The hospital level is the institution register's for the admission date: hospitalLevel may be omitted, and one "
                    + "that differs is 422 hospital-level-mismatch. Refusals are 422 with distinct types (unknown-person, not-eligible, "
                    + "no-qualification, no-filing, no-policy, no-catalogue, unknown-institution, no-hospital-level, "
                    + "hospital-level-mismatch, audit-blocked); enrollment unavailable is 503 dependency-unavailable.")
    @IdempotencyKey(required = IdempotencyKey.Required.OPTIONAL)
    ResponseEntity<SettlementResponse> settle(@Valid @RequestBody SettlementRequest request, @CurrentCaller Caller caller) {
        Outcome outcome = settlements.settle(command(request, caller));
        SettlementResponse body = SettlementResponse.of(outcome.settlement(), null);
        if (outcome.replayed()) {
            return ResponseEntity.ok().header(REPLAYED, "true").body(body);
        }
        return ResponseEntity.created(URI.create("/api/settlement/settlements/" + body.id())).body(body);
    }

    @GetMapping("/settlements/{settlementId}")
    @PreAuthorize("hasAnyRole('hospital-operator','agency-admin','auditor')")
    @Operation(summary = "One settlement (a hospital only its own; agency-admin, auditor all)")
    SettlementResponse get(@PathVariable String settlementId, @CurrentCaller Caller caller) {
        Settlement settlement = settlements.get(settlementId);
        ownedOrHidden(settlement, caller);
        return SettlementResponse.of(settlement, null);
    }

    @GetMapping("/settlements")
    @PreAuthorize("hasAnyRole('hospital-operator','agency-admin','auditor')")
    @Operation(summary = "Settlements newest first, paged (a hospital its own: another institutionId is 403 service-point-scope; "
            + "agency-admin, auditor all or one institution's)")
    PageResponse<SettlementResponse> list(@RequestParam(required = false) String institutionId,
                                          @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
                                          @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be at least 1")
                                          @Max(value = 200, message = "must be at most 200") int size,
                                          @CurrentCaller Caller caller) {
        String scope = agency(caller) ? institutionId : ownInstitution(caller, institutionId);
        return PageResponse.of(settlements.list(scope, page, size), s -> SettlementResponse.of(s, null));
    }

    /**
     * A hospital lists its own settlements. Naming another institution is refused: answering with its own list under that
     * name would read as the other institution's (e.g. "no settlements").
     */
    private static String ownInstitution(Caller caller, String requested) {
        String own = caller.requireInstitution();
        if (requested != null && !requested.equals(own)) {
            throw new ServicePointScopeException("A hospital lists the settlements of its own institution " + own + " only, not of "
                    + requested);
        }
        return own;
    }

    @GetMapping("/bills/{billNumber}")
    @PreAuthorize("hasRole('hospital-operator')")
    @Operation(summary = "The settlement of one of the hospital's bill numbers (hospital-operator), e.g. after a timeout")
    SettlementResponse byBill(@PathVariable @Size(max = 64, message = "must be at most 64 characters")
                              @Pattern(regexp = BILL_NUMBER, message = "must be letters, digits, '_' or '-'") String billNumber,
                              @CurrentCaller Caller caller) {
        return SettlementResponse.of(settlements.byBill(caller.requireInstitution(), billNumber), null);
    }

    @PostMapping("/bills/{billNumber}/reversal")
    @PreAuthorize("hasRole('hospital-operator')")
    @Operation(summary = "冲正: reverse the settlement of one of the hospital's bills (hospital-operator); idempotent",
            description = "Restores the person's year-to-date total and takes the amount off the month's clearing; a second reversal returns the first.")
    @IdempotencyKey(required = IdempotencyKey.Required.OPTIONAL)
    ResponseEntity<SettlementResponse> reverse(@PathVariable @Size(max = 64, message = "must be at most 64 characters")
                                               @Pattern(regexp = BILL_NUMBER, message = "must be letters, digits, '_' or '-'") String billNumber,
                                               @Valid @RequestBody ReversalRequest request,
                                               @CurrentCaller Caller caller) {
        Settlement reversed = settlements.reverse(caller.requireInstitution(), billNumber, request.reason(), caller.name());
        return ResponseEntity.status(HttpStatus.OK).body(SettlementResponse.of(reversed, null));
    }

    private static SettleBill command(SettlementRequest r, Caller caller) {
        return new SettleBill(SettlementMode.DIRECT, caller.requireInstitution(), caller.servicePointId().orElse(null), caller.name(),
                r.billNumber(), r.idNumber(), r.admissionDate(), r.dischargeDate(), r.visitType(), r.diseaseCode(), r.hospitalLevel(),
                Boolean.TRUE.equals(r.emergency()), null, r.lines().stream().map(BillLineRequest::toLine).toList());
    }

    private static boolean agency(Caller caller) {
        return caller.hasRole(Roles.AGENCY_ADMIN) || caller.hasRole(Roles.AUDITOR);
    }

    /** A hospital sees its own settlements only; someone else's reads as not found, so ids cannot be probed. */
    static void ownedOrHidden(Settlement settlement, Caller caller) {
        if (!agency(caller) && !caller.requireInstitution().equals(settlement.institutionId())) {
            throw new NotFoundException("No settlement " + settlement.id());
        }
    }
}
