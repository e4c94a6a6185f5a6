package org.chs.registry.queue;

/**
 * 排队票状态 — where a queue ticket is: taken and waiting, called to a window, serving its one handling, given up, or left
 * over from an earlier day.
 */
public enum TicketStatus {
    /** 已取号 — taken, waiting to be called. */
    ISSUED,
    /** 已叫号 — called to a window; its handling may now claim it. */
    CALLED,
    /** 已办理 — claimed by the one handling it serves. */
    SERVED,
    /** 过号 — the clerk gave it up (the citizen did not come, or left without business). */
    CANCELLED,
    /** 已过期 — an earlier day's ticket that was never served or cancelled; never stored, derived on reading. */
    EXPIRED
}
