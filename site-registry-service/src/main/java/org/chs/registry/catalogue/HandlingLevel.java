package org.chs.registry.catalogue;

/**
 * 办理层级 — where an item may be handled: the county window, township and village/community stations, partner bank branches
 * (委托银行办理), hospital windows (院端办理).
 */
public enum HandlingLevel {
    /** 县级 — the county list (县级医疗保障经办政务服务事项清单) */
    COUNTY,
    /** 乡镇(街道) */
    TOWNSHIP,
    /** 村(社区) */
    VILLAGE,
    /** 合作银行网点 */
    BANK,
    /** 定点医疗机构服务专窗 */
    HOSPITAL
}
