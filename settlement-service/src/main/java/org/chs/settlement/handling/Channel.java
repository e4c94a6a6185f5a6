package org.chs.settlement.handling;

/** 办理渠道 — how a handling reached the agency; the same values enrollment publishes. */
public enum Channel {
    /** 窗口 — a clerk at a county hall, township or village counter. */
    COUNTER,
    /** 医院医保服务专窗 — a hospital's insurance window (e.g. a filing made up before discharge). */
    HOSPITAL_WINDOW
}
