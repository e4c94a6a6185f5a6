package org.chs.evaluation.scoring;

/** 评估结论 — how an evaluation ended. */
public enum Outcome {
    /** 已评分. */
    SCORED,
    /** 一票否决: a confirmed veto finding; the score is shown but the site cannot be awarded. */
    VETOED,
    /** 不符合准入条件: a precondition is not met, so the site is not scored. */
    INELIGIBLE
}
