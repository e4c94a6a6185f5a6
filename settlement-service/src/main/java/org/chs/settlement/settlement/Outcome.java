package org.chs.settlement.settlement;

/**
 * The answer to a settle request.
 *
 * @param replayed    the bill number had been settled before with the same request: this is the first result
 * @param reviewToken the citizen's 好差评 token of a manual reimbursement's handling, on the first answer only
 */
public record Outcome(Settlement settlement, boolean replayed, String reviewToken) {
}
