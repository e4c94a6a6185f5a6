package org.chs.settlement.settlement;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * 支付记录 — the fund's payment to the person for a manual reimbursement, ordered when the reimbursement is settled.
 *
 * @param status {@code ORDERED} (handed to the bank), {@code CANCELLED} when the reimbursement is reversed
 */
public record PaymentRecord(String paymentId, Payee payee, BigDecimal amount, String status, Instant orderedAt) {

    public static final String ORDERED = "ORDERED";
    public static final String CANCELLED = "CANCELLED";

    PaymentRecord cancelled() {
        return new PaymentRecord(paymentId, payee, amount, CANCELLED, orderedAt);
    }
}
