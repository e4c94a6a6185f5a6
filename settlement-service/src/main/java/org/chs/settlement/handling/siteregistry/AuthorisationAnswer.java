package org.chs.settlement.handling.siteregistry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** site-registry's answer to {@code GET /api/registry/service-points/{id}/authorisations/{itemCode}}; name and instant are optional. */
@JsonIgnoreProperties(ignoreUnknown = true)
record AuthorisationAnswer(String servicePointId, String itemCode, Boolean allowed, String reason, Integer catalogueVersion,
                           String itemName, Boolean instant) {
}
