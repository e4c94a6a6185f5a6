package org.chs.settlement.handling.siteregistry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * site-registry's answer to {@code GET /api/registry/service-points/{id}/authorisations/{itemCode}}; the item's name, instant
 * and the point's name are optional (older registries do not send them).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AuthorisationAnswer(String servicePointId, String itemCode, Boolean allowed, String reason, Integer catalogueVersion,
                           String itemName, Boolean instant, String servicePointName) {
}
