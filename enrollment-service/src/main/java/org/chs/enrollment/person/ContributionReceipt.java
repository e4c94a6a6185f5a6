package org.chs.enrollment.person;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 缴费票据登记 — the register that makes a receipt number unique per channel across all persons. Its id is
 * {@code CHANNEL:receipt}, so claiming a number is an insert the database refuses a second time. (Contributions live inside
 * the person document; MongoDB does not enforce unique indexes across array elements of one document, and the embedded test
 * server not even across documents.)
 */
@Document("contribution_receipts")
class ContributionReceipt {

    @Id
    private String id;
    private String personId;
    private int year;
    private BigDecimal amount;
    private String handlingId;
    private Instant claimedAt;

    ContributionReceipt() {
    }

    ContributionReceipt(ContributionChannel channel, String receiptNumber, String personId, int year, BigDecimal amount,
                        String handlingId, Instant claimedAt) {
        this.id = key(channel, receiptNumber);
        this.personId = personId;
        this.year = year;
        this.amount = amount;
        this.handlingId = handlingId;
        this.claimedAt = claimedAt;
    }

    static String key(ContributionChannel channel, String receiptNumber) {
        return channel.name() + ":" + receiptNumber;
    }

    /** Whether a claim left behind by a failed attempt is for the very same payment, so that the payment may proceed on it. */
    boolean samePayment(String otherPersonId, int otherYear, BigDecimal otherAmount) {
        return personId.equals(otherPersonId) && year == otherYear && amount.compareTo(otherAmount) == 0;
    }
}
