package org.chs.settlement.settlement.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.platform.web.PageResponse;
import org.chs.settlement.audit.AuditFlag;
import org.chs.settlement.audit.AuditRule;
import org.chs.settlement.settlement.AuditFilter;
import org.chs.settlement.settlement.Settlement;
import org.chs.settlement.settlement.SettlementService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 智能审核疑点 for the agency's fund supervision. */
@RestController
@Validated
@RequestMapping("/api/settlement/audit-flags")
@Tag(name = "Audit flags (智能审核)", description = "Settlements the audit rules flagged, with the evidence; agency-admin and auditor")
class AuditFlagController {

    /** One flagged settlement and its flags. */
    record FlaggedSettlement(String settlementId, String billNumber, String institutionId, String personId, String maskedIdNumber,
                             String insuredRegion, String treatmentRegion, String status, Instant settledAt, List<AuditFlag> flags) {
    }

    private final SettlementService settlements;

    AuditFlagController(SettlementService settlements) {
        this.settlements = settlements;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "Flagged settlements, newest first, filterable by rule, institution, regions and settlement dates (agency-admin, auditor)")
    PageResponse<FlaggedSettlement> list(@RequestParam(required = false) AuditRule rule, @RequestParam(required = false) String institutionId,
                                       @RequestParam(required = false) String insuredRegion, @RequestParam(required = false) String treatmentRegion,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                       @RequestParam(defaultValue = "0") @Min(value = 0, message = "must be 0 or more") int page,
                                       @RequestParam(defaultValue = "20") @Min(value = 1, message = "must be at least 1")
                                       @Max(value = 200, message = "must be at most 200") int size) {
        return PageResponse.of(settlements.flagged(new AuditFilter(rule, institutionId, insuredRegion, treatmentRegion, from, to), page,
                size), s -> flagged(s, rule));
    }

    private static FlaggedSettlement flagged(Settlement s, AuditRule rule) {
        List<AuditFlag> flags = s.auditFlags().stream().filter(f -> rule == null || f.rule() == rule).toList();
        return new FlaggedSettlement(s.id(), s.billNumber(), s.institutionId(), s.personId(), s.maskedIdNumber(), s.insuredRegion(),
                s.treatmentRegion(), s.status().name(), s.settledAt(), flags);
    }
}
