package org.chs.registry.declaration;

/** 示范点级别 — the levels at which demonstration sites are selected and awarded (DOMAIN §4.3): county → city → province → nation. */
public enum AwardLevel {
    /** 县级 */
    COUNTY,
    /** 市级 */
    CITY,
    /** 省级 */
    PROVINCIAL,
    /** 国家级 */
    NATIONAL;

    /** The level an awarded site can be nominated to, or {@code null} at the top. */
    public AwardLevel next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
