package org.chs.settlement.reimbursement;

import org.chs.platform.handling.HandlingDesk;
import org.chs.platform.handling.HandlingRequest;
import org.chs.platform.handling.OpenHandling;
import org.chs.settlement.handling.ItemCodes;
import org.chs.settlement.settlement.ManualReimbursement;
import org.chs.settlement.settlement.Outcome;
import org.chs.settlement.settlement.Settlement;
import org.chs.settlement.settlement.SettlementMode;
import org.chs.settlement.settlement.SettlementService;
import org.chs.settlement.shared.NotFoundException;
import org.chs.settlement.shared.ServicePointScopeException;
import org.springframework.stereotype.Service;

/**
 * 零星报销 — a counter reimburses a bill the person paid out of pocket: a handling under RMB-01 at the clerk's point, the same
 * calculation as a direct settlement, and a payment record to the person. The hospital's bill number stays the idempotency
 * key, so a bill settled directly (or reimbursed already) cannot be paid a second time.
 */
@Service
public class ReimbursementService {

    private final HandlingDesk desk;
    private final SettlementService settlements;

    public ReimbursementService(HandlingDesk desk, SettlementService settlements) {
        this.desk = desk;
        this.settlements = settlements;
    }

    public Outcome reimburse(ReimburseBill command) {
        OpenHandling handling = desk.open(HandlingRequest.at(ItemCodes.MANUAL_REIMBURSEMENT, command.operator(), command.queuedAt(),
                command.startedAt()));
        return settlements.reimburse(new ManualReimbursement(command.bill(), handling, command.payee()));
    }

    /**
     * One reimbursement: a clerk sees only those of its own point (another point's reads as not found), the agency every one.
     *
     * @param clerkPoint the reading clerk's service point; {@code null} when the agency reads
     */
    public Settlement get(String settlementId, String clerkPoint) {
        Settlement settlement = settlements.get(settlementId);
        if (settlement.mode() != SettlementMode.MANUAL || clerkPoint != null && !clerkPoint.equals(settlement.servicePointId())) {
            throw new NotFoundException("No reimbursement " + settlementId);
        }
        return settlement;
    }

    /**
     * 冲正 of a reimbursement: cancels the payment, restores the year's total, takes it off clearing. Only the point that made
     * it, or the agency, may: the payment was ordered under that point's handling.
     *
     * @param clerkPoint the reversing clerk's service point; {@code null} when the agency reverses
     * @throws ServicePointScopeException (403) for a clerk of another point
     */
    public Settlement reverse(String settlementId, String reason, String actor, String clerkPoint) {
        Settlement settlement = get(settlementId, null);
        if (clerkPoint != null && !clerkPoint.equals(settlement.servicePointId())) {
            throw new ServicePointScopeException("Reimbursement " + settlementId + " was made at service point " + settlement.servicePointId()
                    + "; only a clerk of that point or the agency may reverse it");
        }
        return settlements.reverseById(settlementId, reason, actor);
    }
}
