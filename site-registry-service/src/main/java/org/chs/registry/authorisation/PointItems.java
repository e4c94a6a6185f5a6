package org.chs.registry.authorisation;

import java.util.List;

import org.chs.registry.catalogue.CatalogueEntry;
import org.chs.registry.catalogue.HandlingLevel;
import org.chs.registry.servicepoint.ServicePointStatus;
import org.chs.registry.servicepoint.ServicePointType;

/**
 * 网点可办事项 — every item a point may handle under a catalogue version; none while the point is not active.
 *
 * @param servicePointVersion the point's document version, which with the catalogue version identifies the answer
 */
public record PointItems(String servicePointId, String servicePointName, long servicePointVersion, ServicePointType type,
                         HandlingLevel level, ServicePointStatus status, int catalogueVersion, List<CatalogueEntry> items,
                         String reason) {

    public boolean dependsOnPointStatus() {
        return status != ServicePointStatus.ACTIVE;
    }
}
