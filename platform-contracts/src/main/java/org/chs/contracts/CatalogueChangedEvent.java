package org.chs.contracts;

import java.util.List;

/**
 * 事项清单变更 — a new version of the service-item list (事项清单) is current; consumers holding authorisations cached under an
 * older version drop them.
 *
 * @param version         the new current version
 * @param previousVersion the version it replaces, 0 for the first
 * @param changeType      {@code SEEDED}, {@code ADDED}, {@code UPDATED} or {@code REMOVED}
 * @param itemCodes       the codes of the entries the change touched (every code for a seed)
 * @param countyListSize  the number of handleable items on the county list in the new version
 * @param summary         what changed, for people
 */
public record CatalogueChangedEvent(int version, int previousVersion, String changeType, List<String> itemCodes, int countyListSize,
                                    String summary) {

    public CatalogueChangedEvent {
        itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
    }
}
