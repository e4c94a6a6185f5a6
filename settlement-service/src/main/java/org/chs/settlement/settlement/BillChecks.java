package org.chs.settlement.settlement;

/**
 * Port: every check that can refuse a bill, run before anything is written — so a refusal leaves no trace and the settling
 * sequence only ever recomputes. {@link SettlementChecks} asks enrollment, the filings, the policy, the catalogue, the
 * institution register and the audit rules; the sequence's tests stand in a fixed answer.
 */
interface BillChecks {

    /**
     * @param requestHash the request's fingerprint ({@link RequestHash}), kept on the claim so a replay can be recognised
     * @return the bill at the register's hospital level, with everything its settlement depends on except the accumulator
     */
    Prepared prepare(SettleBill bill, String requestHash);
}
