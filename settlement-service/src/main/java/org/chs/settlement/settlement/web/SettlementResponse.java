package org.chs.settlement.settlement.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chs.settlement.audit.AuditFlag;
import org.chs.settlement.catalogue.ItemClass;
import org.chs.settlement.filing.FilingType;
import org.chs.settlement.handling.HandlingBusiness;
import org.chs.settlement.handling.web.HandlingResponse;
import org.chs.settlement.policy.HospitalLevel;
import org.chs.settlement.settlement.Calculation;
import org.chs.settlement.settlement.CareBasis;
import org.chs.settlement.settlement.LineResult;
import org.chs.settlement.settlement.PaymentRecord;
import org.chs.settlement.settlement.Quote;
import org.chs.settlement.settlement.Settlement;
import org.chs.settlement.settlement.SettlementMode;
import org.chs.settlement.settlement.VisitType;

/**
 * A (pre-)settlement as the API shows it: every named amount of the calculation, each line's class and flags, the audit
 * flags. {@code status} is {@code PRE_SETTLEMENT} for a quote, which has no id. A manual reimbursement's answer to the request
 * that recorded it carries its counter {@code handling} (item, point name, times, review token) for the receipt.
 */
public record SettlementResponse(String id, String status, SettlementMode mode, String billNumber, String institutionId,
                                 String servicePointId, String personId, String maskedIdNumber, String insuredRegion, String treatmentRegion,
                                 VisitType visitType, String diseaseCode, HospitalLevel hospitalLevel, LocalDate admissionDate,
                                 LocalDate dischargeDate, boolean emergency, CareBasis basis, String filingId, FilingType filingType,
                                 int accumulatorYear, Amounts amounts, List<Line> lines, List<AuditFlag> auditFlags, Instant settledAt,
                                 Instant reversedAt, String reversalReason, PaymentRecord payment, String handlingId, String reviewToken,
                                 HandlingResponse handling) {

    /** The named amounts, yuan; {@code ratio} as a fraction. */
    public record Amounts(BigDecimal total, BigDecimal selfPay, BigDecimal selfPayFirst, BigDecimal inScope, BigDecimal deductible,
                          BigDecimal deductiblePart, BigDecimal ratio, BigDecimal fundCandidate, BigDecimal annualCap,
                          BigDecimal fundPaidBefore, BigDecimal fundPayment, BigDecimal personalPayment, boolean capReached) {

        static Amounts of(Calculation c) {
            return new Amounts(c.total(), c.selfPay(), c.selfPayFirst(), c.inScope(), c.deductible(), c.deductiblePart(), c.ratio(),
                    c.fundCandidate(), c.annualCap(), c.fundPaidBefore(), c.fundPayment(), c.personalPayment(), c.capReached());
        }
    }

    /**
     * One line as classed: {@code flags} lists {@code UNMAPPED} (not in the treatment region's catalogue, paid by the
     * patient), {@code SELF_PAY}, {@code SELF_PAY_FIRST} (class B) and the audit rules that concern the item.
     */
    public record Line(int line, String itemCode, BigDecimal quantity, BigDecimal unitPrice, LocalDate serviceDate, BigDecimal amount,
                       ItemClass itemClass, BigDecimal selfPayFirstShare, List<String> flags) {
    }

    public static SettlementResponse of(Settlement s, String reviewToken) {
        return new SettlementResponse(s.id(), s.status().name(), s.mode(), s.billNumber(), s.institutionId(), s.servicePointId(), s.personId(),
                s.maskedIdNumber(), s.insuredRegion(), s.treatmentRegion(), s.visitType(), s.diseaseCode(), s.hospitalLevel(),
                s.admissionDate(), s.dischargeDate(), s.emergency(), s.basis(), s.filingId(), s.filingType(), s.accumulatorYear(),
                s.calculation() == null ? null : Amounts.of(s.calculation()),
                s.calculation() == null ? List.of() : lines(s.calculation(), s.auditFlags()), s.auditFlags(), s.settledAt(), s.reversedAt(),
                s.reversalReason(), s.payment(), s.handling() == null ? null : s.handling().id(), reviewToken,
                reviewToken == null || s.handling() == null ? null
                        : HandlingResponse.of(s.handling(), HandlingBusiness.MANUAL_REIMBURSEMENT, s.id(), reviewToken));
    }

    public static SettlementResponse of(Quote q, String institutionId, String servicePointId) {
        return new SettlementResponse(null, "PRE_SETTLEMENT", q.command().mode(), q.command().billNumber(), institutionId, servicePointId,
                q.person().personId(), q.person().maskedIdNumber(), q.person().poolingRegion(), q.treatmentRegion(), q.command().visitType(),
                q.command().diseaseCode(), q.command().hospitalLevel(), q.command().admissionDate(), q.command().dischargeDate(),
                q.command().emergency(), q.basis(), q.filing() == null ? null : q.filing().id(), q.filing() == null ? null : q.filing().type(),
                q.year(), Amounts.of(q.calculation()), lines(q.calculation(), q.auditFlags()), q.auditFlags(), null, null, null, null, null,
                null, null);
    }

    private static List<Line> lines(Calculation c, List<AuditFlag> flags) {
        List<Line> lines = new ArrayList<>();
        int n = 0;
        for (LineResult r : c.lines()) {
            n++;
            List<String> lineFlags = new ArrayList<>();
            if (r.unmapped()) {
                lineFlags.add("UNMAPPED");
            }
            if (r.itemClass() == ItemClass.SELF_PAY) {
                lineFlags.add("SELF_PAY");
            }
            if (r.itemClass() == ItemClass.CLASS_B) {
                lineFlags.add("SELF_PAY_FIRST");
            }
            flags.stream().filter(f -> r.itemCode().equals(f.itemCode())).map(f -> f.rule().name()).distinct().forEach(lineFlags::add);
            lines.add(new Line(n, r.itemCode(), r.quantity(), r.unitPrice(), r.serviceDate(), r.amount(), r.itemClass(),
                    r.selfPayFirstShare(), lineFlags));
        }
        return lines;
    }
}
