package org.chs.evaluation.scoring;

import java.math.BigDecimal;

/** 比较方式 — how a metric value is compared with the bound of a metric item. */
public enum Comparison {
    /** 不超过: value ≤ bound. */
    AT_MOST,
    /** 不低于: value ≥ bound. */
    AT_LEAST;

    public boolean holds(BigDecimal value, BigDecimal bound) {
        int cmp = value.compareTo(bound);
        return this == AT_MOST ? cmp <= 0 : cmp >= 0;
    }

    public String symbol() {
        return this == AT_MOST ? "<=" : ">=";
    }
}
