package org.chs.enrollment.person;

/** 认定状态 — state of a chronic/special disease qualification on a given date, derived from its validity and revocation. */
public enum QualificationStatus {
    /** Valid on the date. */
    ACTIVE,
    /** Validity has not begun yet on the date. */
    PENDING,
    /** Validity ended before the date. */
    EXPIRED,
    /** Withdrawn by the agency. */
    REVOKED
}
