package org.chs.settlement.handling;

import java.time.Instant;

/**
 * 事项授权 — the catalogue's answer whether a service point may handle an item, and how fresh it is.
 *
 * @param stale            {@code true} when site-registry could not be reached and the last known answer is used
 * @param servicePointName the point's name, when the registry gave it (for receipts and the citizen's review page)
 */
public record Authorisation(String servicePointId, String itemCode, boolean allowed, String reason, String itemName, boolean instant,
                            int catalogueVersion, boolean stale, Instant obtainedAt, String servicePointName) {
}
