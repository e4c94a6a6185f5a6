package org.chs.enrollment.audit.web;

import java.time.Instant;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.chs.enrollment.audit.PersonalDataAuditLog;
import org.chs.enrollment.audit.PersonalDataRead;
import org.chs.platform.web.PageResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log of full personal-data reads, for auditors. */
@RestController
@RequestMapping("/api/enrollment/audit")
@Tag(name = "Audit", description = "个人信息查阅审计 — who saw unmasked ID numbers")
@Validated
class AuditController {

    private final PersonalDataAuditLog auditLog;

    AuditController(PersonalDataAuditLog auditLog) {
        this.auditLog = auditLog;
    }

    record PersonalDataReadResponse(String id, String actor, String clientId, Set<String> actorRoles, String servicePointId,
                                    String personId, String endpoint, String purpose, String requestId, Instant readAt) {

        static PersonalDataReadResponse of(PersonalDataRead read) {
            return new PersonalDataReadResponse(read.id(), read.actor(), read.clientId(), read.actorRoles(), read.servicePointId(),
                    read.personId(), read.endpoint(), read.purpose(), read.requestId(), read.readAt());
        }
    }

    @GetMapping("/personal-data-reads")
    @PreAuthorize("hasRole('auditor')")
    @Operation(summary = "Search the disclosures of full ID numbers, newest first", description = "Role auditor. Filters: personId, "
            + "actor (user name or client id), from/to (ISO instants, to exclusive). Paged with page/size; hasNext tells whether more follow.")
    PageResponse<PersonalDataReadResponse> reads(
            @RequestParam(required = false) String personId, @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return PageResponse.of(auditLog.search(new PersonalDataAuditLog.Filter(personId, actor, from, to), page, size),
                PersonalDataReadResponse::of);
    }
}
