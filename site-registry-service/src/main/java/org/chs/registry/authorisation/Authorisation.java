package org.chs.registry.authorisation;

/**
 * 办理授权 — whether a service point may handle an item under a catalogue version, and why not.
 *
 * @param dependsOnPointStatus true when the answer is "no" because the point is suspended or closed: such an answer changes
 *                             without a new catalogue version, so it must not be cached under the version's ETag
 */
public record Authorisation(String servicePointId, String itemCode, boolean allowed, String reason, int catalogueVersion,
                            boolean dependsOnPointStatus) {
}
