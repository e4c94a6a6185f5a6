package org.chs.registry.authorisation;

import java.util.List;

import org.chs.registry.catalogue.Catalogue;
import org.chs.registry.catalogue.CatalogueEntry;
import org.chs.registry.catalogue.HandlingLevel;
import org.chs.registry.servicepoint.ServicePoint;

/** 授权判定 — the pure rule: an active point may handle a sub-item whose handling levels include the point's level. */
final class Authorisations {

    private Authorisations() {
    }

    static Authorisation decide(ServicePoint point, Catalogue catalogue, String itemCode) {
        int version = catalogue.version();
        CatalogueEntry item = catalogue.entry(itemCode).orElse(null);
        String itemName = item == null ? null : item.name();
        Boolean instant = item == null ? null : item.instant();
        if (!point.active()) {
            return answer(point, itemCode, itemName, instant, false, notActive(point), version, true);
        }
        if (item == null) {
            return answer(point, itemCode, null, null, false, "unknown item " + itemCode + " in catalogue version " + version, version,
                    false);
        }
        if (!item.handleable()) {
            return answer(point, itemCode, itemName, instant, false, itemCode + " is a " + item.kind() + ", not a handleable sub-item",
                    version, false);
        }
        HandlingLevel level = HandlingLevels.of(point.type());
        if (!item.handledAt(level)) {
            return answer(point, itemCode, itemName, instant, false, itemCode + " " + item.name() + " is not delegated to " + level
                    + " points (handled at " + item.handlingLevels().stream().sorted().toList() + ")", version, false);
        }
        return answer(point, itemCode, itemName, instant, true, null, version, false);
    }

    static PointItems itemsFor(ServicePoint point, Catalogue catalogue) {
        HandlingLevel level = HandlingLevels.of(point.type());
        List<CatalogueEntry> items = point.active() ? catalogue.itemsAt(level) : List.of();
        return new PointItems(point.id(), point.name(), versionOf(point), point.type(), level, point.status(), catalogue.version(), items,
                point.active() ? null : notActive(point));
    }

    private static Authorisation answer(ServicePoint point, String itemCode, String itemName, Boolean instant, boolean allowed,
                                        String reason, int catalogueVersion, boolean dependsOnPointStatus) {
        return new Authorisation(point.id(), point.name(), point.type(), versionOf(point), itemCode, itemName, instant, allowed, reason,
                catalogueVersion, dependsOnPointStatus);
    }

    /** A point not saved yet has no version; it counts as the first. */
    private static long versionOf(ServicePoint point) {
        return point.version() == null ? 0 : point.version();
    }

    private static String notActive(ServicePoint point) {
        return "service point " + point.id() + " is " + point.status();
    }
}
