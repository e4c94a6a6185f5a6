package org.chs.evaluation.review;

import java.time.LocalDate;

/**
 * 评价邀请 — what the citizen's review page shows before the review, once the review token has been proven: the handling's item
 * and service point, its day, and the review if one was already given.
 *
 * @param receipt     the handling as this service received it
 * @param handlingDay the handling's local day (agency time zone)
 * @param review      the review already given, or {@code null}
 */
public record ReviewInvitation(HandlingReceipt receipt, LocalDate handlingDay, Review review) {

    public boolean reviewed() {
        return review != null;
    }
}
