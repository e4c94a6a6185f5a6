package org.chs.evaluation.scoring;

/** 考核指标 — a KPI that a metric item compares with its bound; rates are percentages (0–100). */
public enum Metric {
    /** 即办件平均办理时长 (minutes, completedAt − startedAt of instant items). */
    AVERAGE_INSTANT_HANDLING_MINUTES,
    /** 群众平均等候时长 (minutes, startedAt − queuedAt, counter channel). */
    AVERAGE_WAITING_MINUTES,
    /** 网办掌办率 (%). */
    ONLINE_RATE,
    /** 满意率 (%). */
    SATISFACTION_RATE,
    /** 直接结算率 (%), DIRECT / (DIRECT + MANUAL) settlements. */
    DIRECT_SETTLEMENT_RATE,
    /** 银行业务量: handlings over the partner-bank API at the point. */
    BANK_HANDLINGS
}
