package org.chs.settlement.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chs.settlement.catalogue.CatalogueEntry;
import org.chs.settlement.eligibility.Eligibility;

/**
 * What the audit rules look at for one bill.
 *
 * @param inpatient    whether it is a hospital stay (only stays can be decomposed)
 * @param lines        the bill's lines, each with the day it was given
 * @param catalogue    the treatment region's entries for the bill's codes
 * @param person       eligibility with the person's disease qualifications
 * @param priorStays   the person's earlier settled stays, for readmission
 * @param treatmentRegion where the care happened
 * @param emergency    the request says 急诊抢救
 * @param filingId     the filing that covers the stay, {@code null} when none does
 */
public record AuditInput(boolean inpatient, LocalDate admissionDate, LocalDate dischargeDate, String diseaseCode, List<Line> lines,
                         Map<String, CatalogueEntry> catalogue, Eligibility person, List<PriorStay> priorStays, String treatmentRegion,
                         boolean emergency, String filingId) {

    /** A bill line as the rules see it. */
    public record Line(int index, String itemCode, BigDecimal quantity, LocalDate serviceDate) {
    }

    /** An earlier settled hospital stay of the same person. */
    public record PriorStay(String settlementId, String institutionId, String billNumber, LocalDate admissionDate, LocalDate dischargeDate) {
    }
}
