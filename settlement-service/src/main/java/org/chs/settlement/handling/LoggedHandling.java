package org.chs.settlement.handling;

import java.util.Comparator;

import org.chs.platform.handling.HandlingRecord;

/**
 * 办件台账条目 — one handling in the daily list of a service point, with the business it did and that business's id (a filing
 * id, or a reimbursement's settlement id).
 */
public record LoggedHandling(HandlingRecord record, HandlingBusiness business, String businessId) {

    /** Completion order; the handling id breaks ties, so pages never overlap or skip. */
    public static final Comparator<LoggedHandling> COMPLETION_ORDER = Comparator
            .comparing((LoggedHandling h) -> h.record().completedAt())
            .thenComparing(h -> h.record().id());
}
