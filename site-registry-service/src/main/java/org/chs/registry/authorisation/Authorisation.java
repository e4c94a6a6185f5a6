package org.chs.registry.authorisation;

import org.chs.registry.servicepoint.ServicePointType;

/**
 * 办理授权 — whether a service point may handle an item under a catalogue version, and why not.
 *
 * @param servicePointName     the point's name, for the handlings' receipts and the citizen's review page
 * @param servicePointType     the point's type: a clerk's handling at a hospital window is on the HOSPITAL_WINDOW channel, at
 *                             any other point on COUNTER, so the handling kit derives the channel from this answer
 * @param servicePointVersion  the point's document version: its name can change without a new catalogue version, so the
 *                             answer's ETag names both
 * @param itemName             the item's name under this catalogue version; {@code null} for an unknown item
 * @param instant              whether the item is an instant item (即办件); {@code null} for an unknown item or a category
 * @param dependsOnPointStatus true when the answer is "no" because the point is suspended or closed: such an answer changes
 *                             without a new catalogue version, so it must not be cached under the version's ETag
 */
public record Authorisation(String servicePointId, String servicePointName, ServicePointType servicePointType,
                            long servicePointVersion, String itemCode,
                            String itemName, Boolean instant, boolean allowed, String reason, int catalogueVersion,
                            boolean dependsOnPointStatus) {
}
