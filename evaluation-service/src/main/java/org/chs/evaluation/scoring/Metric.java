package org.chs.evaluation.scoring;

/** 考核指标 — a KPI that a metric item compares with its bound; rates are percentages (0–100). */
public enum Metric {
    /** 即办件平均办理时长 (minutes, completedAt − startedAt of instant items). */
    AVERAGE_INSTANT_HANDLING_MINUTES,
    /** 群众平均等候时长 (minutes, startedAt − queuedAt of handlings with a queue ticket). */
    AVERAGE_WAITING_MINUTES,
    /** 网办掌办率 (%): online and mobile handlings (ONLINE channel) of all handlings. */
    ONLINE_RATE,
    /** 满意率 (%). */
    SATISFACTION_RATE,
    /** 直接结算率 (%), DIRECT / (DIRECT + MANUAL) settlements. */
    DIRECT_SETTLEMENT_RATE,
    /** 银行业务量: handlings over the partner-bank API at the point. */
    BANK_HANDLINGS,
    /** 自助办理率 (%): handlings at the point's self-service terminals (SELF_SERVICE channel) of all handlings; no standard scores it. */
    SELF_SERVICE_RATE
}
