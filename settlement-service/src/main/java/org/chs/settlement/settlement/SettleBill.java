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
 * @param diseaseCode     the diagnosis: the qualified disease of a chronic/special visit; an emergency without a filing needs it
 * @param hospitalLevel   as the request declares it, {@code null} when it does not: only checked against the institution
 *                        register, whose level applies ({@link #atLevel}); a counter names it for an institution the register
 *                        does not hold
 * @param emergency       急诊抢救: settles without a filing, with no ratio reduction, when no filing covers the stay
 * @param treatmentRegion {@code null} for DIRECT (the institution's region); given for MANUAL
 */
public record SettleBill(SettlementMode mode, String institutionId, String servicePointId, String operator, String billNumber,
                         String idNumber, LocalDate admissionDate, LocalDate dischargeDate, VisitType visitType, String diseaseCode,
                         HospitalLevel hospitalLevel, boolean emergency, String treatmentRegion, List<BillLine> lines) {

    /** An ICD-10 diagnosis code as hospitals send it: {@code I21}, {@code I21.9}, the national edition's {@code I21.900x001}. */
    public static final String DIAGNOSIS_PATTERN = "[A-Z]\\d{2}(\\.[0-9A-Za-z]{1,8})?";

    public SettleBill {
        lines = List.copyOf(lines);
    }

    /** The bill at the level the settlement uses: the register's. */
    SettleBill atLevel(HospitalLevel level) {
        return new SettleBill(mode, institutionId, servicePointId, operator, billNumber, idNumber, admissionDate, dischargeDate, visitType,
                diseaseCode, level, emergency, treatmentRegion, lines);
    }
}
