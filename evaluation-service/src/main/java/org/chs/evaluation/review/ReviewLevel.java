package org.chs.evaluation.review;

/** 评价等级 — the five levels of a 好差评 review, best first. */
public enum ReviewLevel {
    /** 非常满意. */
    VERY_SATISFIED,
    /** 满意. */
    SATISFIED,
    /** 基本满意. */
    BASICALLY_SATISFIED,
    /** 不满意. */
    DISSATISFIED,
    /** 非常不满意. */
    VERY_DISSATISFIED
}
