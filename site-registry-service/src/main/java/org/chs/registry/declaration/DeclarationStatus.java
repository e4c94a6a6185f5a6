package org.chs.registry.declaration;

import java.util.EnumSet;
import java.util.Set;

/**
 * 申报状态 — the lifecycle of a demonstration-site declaration (DOMAIN §4.2): declared by 15 May, built by end of June, reviewed
 * on site in July, scored and decided by end of September.
 */
public enum DeclarationStatus {
    /** 已申报 */
    DECLARED,
    /** 创建中 */
    UNDER_CONSTRUCTION,
    /** 创建完成 */
    CONSTRUCTED,
    /** 实地评审中 */
    UNDER_REVIEW,
    /** 已评分 — by evaluation-service */
    SCORED,
    /** 已授牌 — at a level, by evaluation-service */
    AWARDED,
    /** 未入选 */
    NOT_SELECTED,
    /** 一票否决 — by evaluation-service */
    VETOED;

    /** Before scoring: evaluation-service's result may arrive in any of these (the registry may not have recorded the review yet). */
    static final Set<DeclarationStatus> BEFORE_SCORING = EnumSet.of(DECLARED, UNDER_CONSTRUCTION, CONSTRUCTED, UNDER_REVIEW);

    /** The next status an administrator may set by hand; scoring, awards and vetoes come from evaluation-service only. */
    boolean mayBeSetByHandFrom(DeclarationStatus from) {
        return switch (this) {
            case UNDER_CONSTRUCTION -> from == DECLARED;
            case CONSTRUCTED -> from == UNDER_CONSTRUCTION;
            case UNDER_REVIEW -> from == CONSTRUCTED;
            case NOT_SELECTED -> from == SCORED;
            default -> false;
        };
    }

    boolean setByEvaluation() {
        return this == SCORED || this == AWARDED || this == VETOED;
    }

    boolean decided() {
        return this == AWARDED || this == NOT_SELECTED || this == VETOED;
    }
}
