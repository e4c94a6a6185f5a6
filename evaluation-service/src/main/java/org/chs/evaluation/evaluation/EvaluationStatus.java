package org.chs.evaluation.evaluation;

/** 评估状态 — an evaluation is open for findings until the administrator finalises it. */
public enum EvaluationStatus {
    /** 评估中. */
    OPEN,
    /** 已定稿: scored (or vetoed, or found ineligible); immutable. */
    FINALIZED
}
