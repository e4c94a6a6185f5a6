package org.chs.registry.servicepoint;

/** 功能区 — the six zones the comprehensive service area of a grassroots demonstration site must have (DOMAIN §3.3). */
public enum FunctionalZone {
    /** 引导咨询区 */
    GUIDANCE_CONSULTATION,
    /** 自助服务区 */
    SELF_SERVICE,
    /** 自动排队叫号区 */
    QUEUE_CALLING,
    /** 柜台受理服务区 */
    COUNTER_ACCEPTANCE,
    /** 等候休息区 */
    WAITING_REST,
    /** 多媒体服务区 */
    MULTIMEDIA
}
