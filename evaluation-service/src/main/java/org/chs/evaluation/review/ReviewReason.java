package org.chs.evaluation.review;

/**
 * 评价原因 — why a citizen rated a handling as they did; a good review names positive reasons, a bad review (差评) negative ones,
 * and {@link #OTHER} fits either.
 */
public enum ReviewReason {
    /** 服务热情. */
    FRIENDLY_SERVICE(Polarity.POSITIVE),
    /** 办理高效. */
    EFFICIENT(Polarity.POSITIVE),
    /** 一次告知清楚. */
    CLEAR_GUIDANCE(Polarity.POSITIVE),
    /** 便捷省心. */
    CONVENIENT(Polarity.POSITIVE),
    /** 服务态度差. */
    POOR_ATTITUDE(Polarity.NEGATIVE),
    /** 等候时间长. */
    LONG_WAIT(Polarity.NEGATIVE),
    /** 办理效率低. */
    SLOW_HANDLING(Polarity.NEGATIVE),
    /** 材料重复提交. */
    REPEATED_MATERIALS(Polarity.NEGATIVE),
    /** 多次跑动. */
    MULTIPLE_VISITS(Polarity.NEGATIVE),
    /** 告知不清. */
    UNCLEAR_GUIDANCE(Polarity.NEGATIVE),
    /** 环境设施差. */
    POOR_ENVIRONMENT(Polarity.NEGATIVE),
    /** 其他. */
    OTHER(Polarity.EITHER);

    /** Which reviews a reason may explain. */
    public enum Polarity {
        /** 好评原因: only with a level that is not bad. */
        POSITIVE,
        /** 差评原因: only with a bad level. */
        NEGATIVE,
        /** with any level. */
        EITHER
    }

    private final Polarity polarity;

    ReviewReason(Polarity polarity) {
        this.polarity = polarity;
    }

    public Polarity polarity() {
        return polarity;
    }

    /** Whether this reason may explain a review that is bad ({@code true}) or not. */
    public boolean fits(boolean badReview) {
        return switch (polarity) {
            case POSITIVE -> !badReview;
            case NEGATIVE -> badReview;
            case EITHER -> true;
        };
    }
}
