package org.chs.settlement.settlement;

import java.util.Objects;

import org.chs.platform.handling.OpenHandling;

/**
 * Command: settle a bill the person paid out of pocket (零星报销) at a counter — the bill as the hospital issued it, the
 * counter handling (RMB-01) it is done under, and where the fund's share is paid.
 *
 * @param bill     mode {@link SettlementMode#MANUAL}, naming the hospital's institution and treatment region
 * @param handling opened at the clerk's point, completed in the same write as the settlement
 * @param payee    the person's bank account the payment is ordered to
 */
public record ManualReimbursement(SettleBill bill, OpenHandling handling, Payee payee) {

    public ManualReimbursement {
        Objects.requireNonNull(bill, "bill");
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(payee, "payee");
        if (bill.mode() != SettlementMode.MANUAL) {
            throw new IllegalArgumentException("a manual reimbursement settles a bill in mode MANUAL, not " + bill.mode());
        }
    }
}
