package org.chs.settlement.settlement;

import java.util.List;

import org.chs.settlement.audit.AuditFlag;
import org.chs.settlement.eligibility.Eligibility;
import org.chs.settlement.filing.Filing;

/** 预结算 — what settling the bill now would give, computed and not committed. */
public record Quote(SettleBill command, Eligibility person, String treatmentRegion, CareBasis basis, Filing filing, int year,
                    List<AuditFlag> auditFlags, Calculation calculation) {
}
