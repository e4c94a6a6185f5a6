package org.chs.evaluation.scoring;

/** 评分规则类型 — how an item of a scoring standard turns findings into points. */
public enum RuleKind {
    /** 符合性检查: each clause met or not; the item's points are shared equally among its clauses. */
    CHECK,
    /** 按例扣分: points deducted per case found, per clause group, up to a cap (e.g. D10: ①②⑤ −1, ③④ −2, at most −7). */
    PER_CASE_DEDUCTION,
    /** 按项扣分: points deducted per clause not implemented, with an optional cap (e.g. D20: −2 per clause). */
    PER_ITEM_DEDUCTION,
    /** 指标达标: a KPI compared with a bound (e.g. average handling ≤ 10 min); full points when met, none otherwise. */
    METRIC_THRESHOLD,
    /** 一票否决: a finding confirmed by the administrator ends the evaluation as vetoed, whatever the score. */
    VETO,
    /** 准入条件: checked before scoring (e.g. no fraud within 3 years); an unmet precondition means the site is not scored. */
    ELIGIBILITY_PRECONDITION;

    /** Whether evaluators enter findings that score the item (as opposed to KPI, veto or precondition items). */
    public boolean scoredByEvaluators() {
        return this == CHECK || this == PER_CASE_DEDUCTION || this == PER_ITEM_DEDUCTION;
    }
}
