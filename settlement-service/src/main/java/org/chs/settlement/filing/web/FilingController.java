package org.chs.settlement.filing.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.handling.Operator;
import org.chs.platform.handling.OperatorKind;
import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.PageResponse;
import org.chs.platform.web.Roles;
import org.chs.platform.web.idempotency.IdempotencyKey;
import org.chs.settlement.filing.Filing;
import org.chs.settlement.filing.FilingService;
import org.chs.settlement.filing.MakeFiling;
import org.chs.settlement.handling.HandlingBusiness;
import org.chs.settlement.handling.web.HandlingResponse;
import org.chs.settlement.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 异地就医备案 at counters and hospital windows. */
@RestController
@Validated
@RequestMapping("/api/settlement/filings")
@Tag(name = "Filings (异地就医备案)", description = "Cross-region filings: counter clerks file and revoke at their point; hospitals make up a filing before discharge (补办) for care at themselves")
class FilingController {

    private final FilingService filings;
    private final Clock clock;
    private final ZoneId zone;

    FilingController(FilingService filings, Clock clock, @Value("${chs.settlement.zone:Asia/Shanghai}") ZoneId zone) {
        this.filings = filings;
        this.clock = clock;
        this.zone = zone;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('counter-clerk','hospital-operator')")
    @Operation(summary = "File a person for cross-region care (counter-clerk at own point; hospital-operator: 补办 at own institution)",
            description = "Optional Idempotency-Key header (the platform's rules): a retry with the same key and body gets the first answer again (Idempotent-Replayed: true), a different body under it is 422 idempotency-key-reused. A handling under FIL-01 (long-term types) or FIL-02 (temporary types), authorised against the catalogue for the caller's point; publishes handling.completed.v1")
    @IdempotencyKey(required = IdempotencyKey.Required.OPTIONAL)
    ResponseEntity<FilingResponse> make(@Valid @RequestBody FilingRequest request, @CurrentCaller Caller caller,
                                        // also the filing's id, so that a filing is made once even if its first answer was lost
                                        @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        boolean hospital = caller.hasRole(Roles.HOSPITAL_OPERATOR) && !caller.hasRole(Roles.COUNTER_CLERK);
        FilingService.Made made = filings.make(new MakeFiling(request.idNumber(), request.treatmentRegion(), request.type(),
                request.validFrom(), request.validTo(), operator(caller, hospital), hospital ? caller.requireInstitution() : null,
                request.queuedAt(), request.startedAt(), idempotencyKey));
        if (made.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(FilingResponse.of(made.filing(), today()));
        }
        Filing filing = made.filing();
        return ResponseEntity.created(URI.create("/api/settlement/filings/" + filing.id()))
                .body(FilingResponse.of(filing, today(), made.reviewToken(),
                        HandlingResponse.of(filing.handling(), HandlingBusiness.FILING, filing.id(), made.reviewToken())));
    }

    @PostMapping("/{filingId}/revocation")
    @PreAuthorize("hasRole('counter-clerk')")
    @Operation(summary = "Revoke a filing (counter-clerk, at own point; a handling under the filing's item)",
            description = "The answer's handling is the revocation's, and reviewToken belongs to it (handling.handlingId), not to "
                    + "the filing's handlingId")
    FilingResponse revoke(@PathVariable String filingId, @Valid @RequestBody RevocationRequest request, @CurrentCaller Caller caller) {
        FilingService.Made made = filings.revoke(filingId, request.reason(), operator(caller, false), request.queuedAt(), request.startedAt());
        Filing filing = made.filing();
        return FilingResponse.of(filing, today(), made.reviewToken(), HandlingResponse.of(filing.revocationHandling(),
                HandlingBusiness.FILING_REVOCATION, filing.id(), made.reviewToken()));
    }

    @GetMapping("/{filingId}")
    @PreAuthorize("hasAnyRole('counter-clerk','agency-admin','auditor','hospital-operator')")
    @Operation(summary = "One filing (counter-clerk, agency-admin, auditor; a hospital only the filings it made)")
    FilingResponse get(@PathVariable String filingId, @CurrentCaller Caller caller) {
        Filing filing = filings.get(filingId);
        if (onlyHospital(caller) && !caller.requireInstitution().equals(filing.institutionId())) {
            throw new NotFoundException("No filing " + filingId);
        }
        return FilingResponse.of(filing, today());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('counter-clerk','agency-admin','auditor')")
    @Operation(summary = "A person's filings, newest first, paged (counter-clerk, agency-admin, auditor)")
    PageResponse<FilingResponse> ofPerson(@RequestParam String personId,
                                        @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
                                        @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be at least 1")
                                        @Max(value = 200, message = "must be at most 200") int size) {
        LocalDate today = today();
        return PageResponse.of(filings.ofPerson(personId, page, size), f -> FilingResponse.of(f, today));
    }

    private static boolean onlyHospital(Caller caller) {
        return caller.hasRole(Roles.HOSPITAL_OPERATOR) && !caller.hasRole(Roles.COUNTER_CLERK) && !caller.hasRole(Roles.AGENCY_ADMIN)
                && !caller.hasRole(Roles.AUDITOR);
    }

    private static Operator operator(Caller caller, boolean hospital) {
        return new Operator(caller.name(), caller.clientId(), hospital ? OperatorKind.HOSPITAL : OperatorKind.CLERK,
                caller.servicePointId());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
