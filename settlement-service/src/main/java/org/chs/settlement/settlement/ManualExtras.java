package org.chs.settlement.settlement;

import org.chs.settlement.handling.OpenHandling;

/** What a manual reimbursement (零星报销) adds to a settlement: the counter handling (RMB-01) and where the money goes. */
public record ManualExtras(OpenHandling handling, Payee payee) {
}
