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
        if (!point.active()) {
            return new Authorisation(point.id(), itemCode, false, notActive(point), version, true);
        }
        CatalogueEntry item = catalogue.entry(itemCode).orElse(null);
        if (item == null) {
            return new Authorisation(point.id(), itemCode, false, "unknown item " + itemCode + " in catalogue version " + version, version,
                    false);
        }
        if (!item.handleable()) {
            return new Authorisation(point.id(), itemCode, false,
                    itemCode + " is a " + item.kind() + ", not a handleable sub-item", version, false);
        }
        HandlingLevel level = HandlingLevels.of(point.type());
        if (!item.handledAt(level)) {
            return new Authorisation(point.id(), itemCode, false, itemCode + " " + item.name() + " is not delegated to " + level
                    + " points (handled at " + item.handlingLevels().stream().sorted().toList() + ")", version, false);
        }
        return new Authorisation(point.id(), itemCode, true, null, version, false);
    }

    static PointItems itemsFor(ServicePoint point, Catalogue catalogue) {
        HandlingLevel level = HandlingLevels.of(point.type());
        if (!point.active()) {
            return new PointItems(point.id(), point.type(), level, point.status(), catalogue.version(), List.of(), notActive(point));
        }
        return new PointItems(point.id(), point.type(), level, point.status(), catalogue.version(), catalogue.itemsAt(level), null);
    }

    private static String notActive(ServicePoint point) {
        return "service point " + point.id() + " is " + point.status();
    }
}
