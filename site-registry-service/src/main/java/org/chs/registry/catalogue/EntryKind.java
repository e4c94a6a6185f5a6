package org.chs.registry.catalogue;

/** 事项层级 — the three levels of the national service-item list: category (类别), main item (主项), sub-item (子项, the handleable item). */
public enum EntryKind {
    /** 类别, code {@code C01} */
    CATEGORY,
    /** 主项, code {@code ENR} */
    MAIN_ITEM,
    /** 子项, code {@code ENR-01}: the item a counter handles, with materials, time limit and handling levels */
    SUB_ITEM
}
