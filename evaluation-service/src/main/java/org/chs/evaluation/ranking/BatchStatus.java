package org.chs.evaluation.ranking;

/** 批次状态 — a batch is ranked while open and awarded once published. */
public enum BatchStatus {
    /** 评选中. */
    OPEN,
    /** 已公布: awards decided and published; immutable. */
    PUBLISHED
}
