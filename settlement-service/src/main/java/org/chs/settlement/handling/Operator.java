package org.chs.settlement.handling;

import java.util.Optional;

/**
 * 经办人 — who handles the business, as the access token says.
 *
 * @param name           the clerk's user name or the hospital's client id
 * @param hospital       a hospital's system rather than a clerk
 * @param servicePointId the point the token binds the caller to
 */
public record Operator(String name, boolean hospital, Optional<String> servicePointId) {
}
