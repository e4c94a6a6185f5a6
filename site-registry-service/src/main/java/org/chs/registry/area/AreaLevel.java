package org.chs.registry.area;

/**
 * 行政区划层级 — province → city → county → township → village/community, with the code length of each level: GB/T 2260 for
 * the first three (2, 4, 6 digits without the zero padding) and the statistical-division style for townships (9) and
 * villages/communities (12).
 */
public enum AreaLevel {

    /** 省 */
    PROVINCE(2),
    /** 市 */
    CITY(4),
    /** 县(区) */
    COUNTY(6),
    /** 乡镇(街道) */
    TOWNSHIP(9),
    /** 村(社区) */
    VILLAGE(12);

    private final int codeLength;

    AreaLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    public int codeLength() {
        return codeLength;
    }

    /** The level a parent must have, or {@code null} for a province. */
    public AreaLevel parentLevel() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /** The level whose codes have this length, or {@code null}. */
    public static AreaLevel ofCodeLength(int length) {
        for (AreaLevel level : values()) {
            if (level.codeLength == length) {
                return level;
            }
        }
        return null;
    }
}
