package org.chs.settlement.settlement;

/**
 * 收款人 — where a manual reimbursement is paid: the insured person's bank account.
 *
 * @param name          account holder
 * @param bankName      the bank
 * @param accountMasked the account number with all but the last four digits masked; the full number is not stored
 */
public record Payee(String name, String bankName, String accountMasked) {
}
