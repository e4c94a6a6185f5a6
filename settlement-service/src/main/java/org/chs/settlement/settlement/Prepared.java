package org.chs.settlement.settlement;

import java.util.List;
import java.util.Map;

import org.chs.settlement.audit.AuditFlag;
import org.chs.settlement.catalogue.CatalogueEntry;
import org.chs.settlement.eligibility.Eligibility;
import org.chs.settlement.filing.Filing;

/**
 * Everything a bill's settlement depends on except the accumulator, gathered and checked before anything is written: a
 * refusal (not eligible, no filing, no policy…) leaves no trace, and the accumulator loop that follows only recomputes.
 *
 * @param bill   the bill as it is settled: at the hospital level the institution register holds for its admission date
 * @param filing {@code null} for local care and for emergencies settled without one
 * @param year   the accumulator and policy year: the discharge date's
 */
record Prepared(SettleBill bill, Eligibility person, String treatmentRegion, CareBasis basis, Filing filing, PolicyTerms terms,
                Map<String, CatalogueEntry> catalogue, List<AuditFlag> auditFlags, int year, String requestHash) {
}
