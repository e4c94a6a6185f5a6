package org.chs.settlement.settlement;

import java.time.LocalDate;

import org.chs.settlement.audit.AuditRule;

/** Which audit flags to list; every criterion is optional. {@code from}/{@code to} are settlement dates, inclusive. */
public record AuditFilter(AuditRule rule, String institutionId, String insuredRegion, String treatmentRegion, LocalDate from, LocalDate to) {
}
