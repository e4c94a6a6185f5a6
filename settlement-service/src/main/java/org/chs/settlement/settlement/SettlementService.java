package org.chs.settlement.settlement;

import java.util.List;

import org.chs.settlement.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * 结算 — the use cases of the settlement feature: pre-settlement, settlement and reversal (冲正) of bills, direct at hospitals
 * or manual at counters, and the reads. Each job has its own class: {@link SettlementChecks} assembles and runs every check
 * that can refuse a bill, {@link SettlementSequence} holds the claim → reserve → complete and reversal writes (and why that
 * order), {@link SettlementRecovery} finishes what a crash left, {@link FlaggedSettlements} answers the audit-flag query.
 */
@Service
public class SettlementService {

    private final BillChecks checks;
    private final SettlementSequence sequence;
    private final Accumulators accumulators;
    private final SettlementRepository settlements;
    private final FlaggedSettlements flagged;

    SettlementService(BillChecks checks, SettlementSequence sequence, Accumulators accumulators, SettlementRepository settlements,
                      FlaggedSettlements flagged) {
        this.checks = checks;
        this.sequence = sequence;
        this.accumulators = accumulators;
        this.settlements = settlements;
        this.flagged = flagged;
    }

    /** 预结算 — the settlement as it would be now; writes nothing. */
    public Quote preSettle(SettleBill command) {
        Prepared prepared = checks.prepare(command, RequestHash.of(command));
        Calculation calculation = sequence.calculate(prepared, accumulators.paidFen(prepared.person().personId(), prepared.year()));
        return new Quote(prepared.bill(), prepared.person(), prepared.treatmentRegion(), prepared.basis(), prepared.filing(), prepared.year(),
                prepared.auditFlags(), calculation);
    }

    /** 结算 — settles a hospital's bill once; a replay of the same bill number and body returns the first result. */
    public Outcome settle(SettleBill command) {
        return sequence.settle(command);
    }

    /** 零星报销 — settles a bill the person paid at a counter, under the counter's handling, ordering the payment to the person. */
    public Outcome reimburse(ManualReimbursement command) {
        return sequence.reimburse(command);
    }

    /** 冲正 of a hospital's bill by its number; see {@link SettlementSequence#reverse(String, String, String, String)}. */
    public Settlement reverse(String institutionId, String billNumber, String reason, String actor) {
        return sequence.reverse(institutionId, billNumber, reason, actor);
    }

    /** 冲正 by settlement id (a counter reversing a manual reimbursement). */
    public Settlement reverseById(String settlementId, String reason, String actor) {
        return sequence.reverse(get(settlementId), reason, actor);
    }

    public Settlement get(String settlementId) {
        return settlements.findById(settlementId).orElseThrow(() -> new NotFoundException("No settlement " + settlementId));
    }

    public Settlement byBill(String institutionId, String billNumber) {
        return settlements.findByInstitutionIdAndBillNumber(institutionId, billNumber)
                .orElseThrow(() -> new NotFoundException("No settlement of bill " + billNumber));
    }

    /** Settlements, newest first: one institution's, or everyone's when {@code institutionId} is {@code null}. */
    public Page<Settlement> list(String institutionId, int page, int size) {
        List<SettlementStatus> visible = List.of(SettlementStatus.COMPLETED, SettlementStatus.REVERSED);
        return institutionId == null
                ? settlements.findByStatusInOrderBySettledAtDesc(visible, PageRequest.of(page, size))
                : settlements.findByInstitutionIdAndStatusInOrderBySettledAtDesc(institutionId, visible, PageRequest.of(page, size));
    }

    /** Settlements with audit flags, newest first, filtered: what the agency's fund supervisors follow up. */
    public Page<Settlement> flagged(AuditFilter filter, int page, int size) {
        return flagged.find(filter, page, size);
    }
}
