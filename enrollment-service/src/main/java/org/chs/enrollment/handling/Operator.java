package org.chs.enrollment.handling;

import java.util.Optional;

/**
 * 经办人 — who handles the business, as the access token says: the clerk's user name or the partner's client id, and the
 * service point the token binds them to.
 */
public record Operator(String name, String clientId, OperatorKind kind, Optional<String> servicePointId) {
}
