package org.chs.evaluation.review;

/** 整改状态 — the closed loop of a bad review: opened, answered by the point's staff, closed by the agency. */
public enum RectificationStatus {
    /** 待整改. */
    OPEN,
    /** 已答复: the point's staff answered what they changed. */
    ANSWERED,
    /** 已办结: an administrator checked and closed it. */
    CLOSED
}
