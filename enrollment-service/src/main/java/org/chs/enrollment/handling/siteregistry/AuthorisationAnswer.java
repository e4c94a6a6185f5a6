package org.chs.enrollment.handling.siteregistry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * site-registry's answer to {@code GET /api/registry/service-points/{id}/authorisations/{itemCode}}. {@code itemName} and
 * {@code instant} are optional: older registries do not send them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AuthorisationAnswer(String servicePointId, String itemCode, Boolean allowed, String reason, Integer catalogueVersion,
                           String itemName, Boolean instant) {
}
