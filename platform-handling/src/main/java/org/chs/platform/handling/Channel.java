package org.chs.platform.handling;

/** 办理渠道 — how a handling reached the agency; evaluation derives the online rate from it. */
public enum Channel {
    /** 窗口 — a clerk at a county hall, township or village counter. */
    COUNTER,
    /** 医银合作 — a partner bank's system through the bank-partner API. */
    BANK_API,
    /** 医院医保服务专窗 — a hospital's insurance window. */
    HOSPITAL_WINDOW,
    /** 网办/掌办 — an online application processed by the agency. */
    ONLINE,
    /** 自助办 — a self-service terminal at a point. */
    SELF_SERVICE
}
