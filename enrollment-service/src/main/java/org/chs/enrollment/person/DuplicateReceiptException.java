package org.chs.enrollment.person;

/** A contribution receipt number already used in the same channel. */
public class DuplicateReceiptException extends RuntimeException {

    public DuplicateReceiptException(ContributionChannel channel, String receiptNumber) {
        super("Receipt number " + receiptNumber + " is already recorded for channel " + channel);
    }
}
