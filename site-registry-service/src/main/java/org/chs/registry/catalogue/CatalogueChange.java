package org.chs.registry.catalogue;

import java.util.List;

/** 清单变更 — what made a catalogue version: the seed, or one entry added, updated or removed. */
public record CatalogueChange(ChangeType type, List<String> codes, String summary) {

    /** 变更类型 */
    public enum ChangeType {
        SEEDED, ADDED, UPDATED, REMOVED
    }

    public CatalogueChange {
        codes = List.copyOf(codes);
    }
}
