package org.chs.platform.handling.siteregistry;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * site-registry's answer to {@code GET /api/registry/service-points/{id}/authorisations/{itemCode}}. {@code itemName},
 * {@code instant} and {@code servicePointName} are optional: older registries do not send them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthorisationAnswer(String servicePointId, String itemCode, Boolean allowed, String reason, Integer catalogueVersion,
                                  String itemName, Boolean instant, String servicePointName) {
}
