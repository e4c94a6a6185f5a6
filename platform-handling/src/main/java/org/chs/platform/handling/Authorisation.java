package org.chs.platform.handling;

import java.time.Instant;

/**
 * 事项授权 — the catalogue's answer whether a service point may handle an item, and how fresh that answer is.
 *
 * @param servicePointId   the point
 * @param itemCode         the item
 * @param allowed          whether the point may handle it
 * @param reason           why not, when not allowed
 * @param itemName         the item's name, when the registry gave it
 * @param instant          whether it is an instant item (即办件); {@code false} when the registry did not say
 * @param catalogueVersion the catalogue version the answer belongs to
 * @param source           live, or the last known answer while site-registry is unreachable
 * @param stale            {@code true} when the answer could not be confirmed now
 * @param obtainedAt       when site-registry gave (or last confirmed) the answer
 * @param servicePointName the point's name, when the registry gave it (for receipts and the citizen's review page)
 */
public record Authorisation(String servicePointId, String itemCode, boolean allowed, String reason, String itemName, boolean instant,
                            int catalogueVersion, AuthorisationSource source, boolean stale, Instant obtainedAt,
                            String servicePointName) {

    /** A refusal that is no catalogue entry: an unknown point, or a question the registry would not answer. */
    public static Authorisation refused(String servicePointId, String itemCode, String reason, Instant at) {
        return new Authorisation(servicePointId, itemCode, false, reason, null, false, 0, AuthorisationSource.LIVE, false, at, null);
    }
}
