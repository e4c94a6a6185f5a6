package org.chs.platform.handling;

import java.util.Optional;

/**
 * 经办人 — who handles the business, as the access token says: the clerk's user name or the partner's client id, and the
 * service point the token binds them to. Each service decides the kind from the caller's roles.
 *
 * @param name           the clerk's user name or the partner's client id
 * @param clientId       the OAuth2 client the token was issued to
 * @param kind           clerk, bank or hospital: decides the channel
 * @param servicePointId the point the token binds the caller to; empty for agency-wide users, who cannot handle business
 */
public record Operator(String name, String clientId, OperatorKind kind, Optional<String> servicePointId) {
}
