package org.chs.registry.catalogue;

import java.util.List;
import java.util.Set;

/**
 * 经办事项 — one node of the service-item list (事项清单): a category, a main item, or a sub-item that a counter handles, with the
 * fields the county standardisation manual and the service guide fix (materials, time limit, instant or not, online or not,
 * legal basis) and the levels that may handle it. Handling fields are {@code null} on categories and main items.
 *
 * @param timeLimitWorkingDays promised time limit (办理时限) in working days; 0 for instant items (即办件)
 */
public record CatalogueEntry(String code, String name, EntryKind kind, String parentCode, List<String> materials,
                             Integer timeLimitWorkingDays, Boolean instant, Boolean onlineCapable, String legalBasis,
                             Set<HandlingLevel> handlingLevels) {

    public CatalogueEntry {
        materials = materials == null ? null : List.copyOf(materials);
        handlingLevels = handlingLevels == null ? null : Set.copyOf(handlingLevels);
    }

    public boolean handleable() {
        return kind == EntryKind.SUB_ITEM;
    }

    public boolean handledAt(HandlingLevel level) {
        return handleable() && handlingLevels.contains(level);
    }
}
