package org.chs.settlement.catalogue;

/** 目录类别 — how the treatment region's catalogue classes an item for the fund. */
public enum ItemClass {
    /** 甲类 — fully within the fund's scope. */
    CLASS_A,
    /** 乙类 — within scope after the patient pays a self-pay-first share (先行自付). */
    CLASS_B,
    /** 自费 — outside the catalogue's scope: the patient pays it all. */
    SELF_PAY
}
