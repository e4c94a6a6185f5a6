package org.chs.settlement.settlement;

import java.time.LocalDate;
import java.util.List;

import org.chs.settlement.policy.HospitalLevel;

/**
 * Command: settle (or pre-settle) one bill.
 *
 * @param mode            direct at a hospital or manual at a counter
 * @param institutionId   the hospital that treated the person: from the token (DIRECT) or the request (MANUAL)
 * @param servicePointId  the point that settles it
 * @param operator        the hospital client or the clerk
 * @param billNumber      the hospital's bill number: unique per institution, the idempotency key
 * @param idNumber        the person's resident ID number, never stored
 * @param treatmentRegion {@code null} for DIRECT (the institution's region); given for MANUAL
 * @param emergency       急诊抢救: settles without a filing, with no ratio reduction
 */
public record SettleBill(SettlementMode mode, String institutionId, String servicePointId, String operator, String billNumber,
                         String idNumber, LocalDate admissionDate, LocalDate dischargeDate, VisitType visitType, String diseaseCode,
                         HospitalLevel hospitalLevel, boolean emergency, String treatmentRegion, List<BillLine> lines) {

    public SettleBill {
        lines = List.copyOf(lines);
    }
}
