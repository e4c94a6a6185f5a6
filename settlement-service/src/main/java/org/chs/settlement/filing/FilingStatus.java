package org.chs.settlement.filing;

/** 备案状态 — ACTIVE and REVOKED are stored; EXPIRED is read from the date. */
public enum FilingStatus {
    ACTIVE, REVOKED, EXPIRED
}
