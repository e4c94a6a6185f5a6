package org.chs.registry.servicepoint;

/** 网点状态 — whether a point handles business: active, temporarily suspended (renovation, staffing), or closed for good. */
public enum ServicePointStatus {
    /** 正常 */
    ACTIVE,
    /** 暂停 */
    SUSPENDED,
    /** 关闭 — terminal */
    CLOSED;

    boolean mayBecome(ServicePointStatus next) {
        return this != CLOSED && next != this;
    }
}
