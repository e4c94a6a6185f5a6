package org.chs.evaluation.review;

import java.time.Instant;

/**
 * 差评整改 — the rectification a bad review opens, embedded in the review so that both are written in one document write.
 *
 * @param status      where the loop stands
 * @param openedAt    when the bad review came in
 * @param dueAt       the deadline for closing
 * @param answer      what the point's staff changed
 * @param answeredBy  the clerk
 * @param answeredAt  when
 * @param closingNote the administrator's note
 * @param closedBy    the administrator
 * @param closedAt    when
 */
public record Rectification(RectificationStatus status, Instant openedAt, Instant dueAt, String answer, String answeredBy,
                            Instant answeredAt, String closingNote, String closedBy, Instant closedAt) {

    static Rectification open(Instant at, Instant due) {
        return new Rectification(RectificationStatus.OPEN, at, due, null, null, null, null, null, null);
    }

    Rectification answered(String text, String by, Instant at) {
        return new Rectification(RectificationStatus.ANSWERED, openedAt, dueAt, text, by, at, null, null, null);
    }

    Rectification closed(String note, String by, Instant at) {
        return new Rectification(RectificationStatus.CLOSED, openedAt, dueAt, answer, answeredBy, answeredAt, note, by, at);
    }

    public boolean overdue(Instant now) {
        return status != RectificationStatus.CLOSED && now.isAfter(dueAt);
    }
}
