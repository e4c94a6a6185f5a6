package org.chs.settlement.reimbursement;

import java.time.Instant;

import org.chs.platform.handling.Operator;
import org.chs.settlement.settlement.Payee;
import org.chs.settlement.settlement.SettleBill;

/**
 * Command: reimburse a bill the person paid in full (零星报销), at a counter.
 *
 * @param bill       the bill as the hospital issued it, with mode MANUAL and the hospital's institution and region
 * @param payee      where the fund's share is paid
 * @param operator   the clerk
 */
public record ReimburseBill(SettleBill bill, Payee payee, Operator operator, Instant queuedAt, Instant startedAt) {
}
