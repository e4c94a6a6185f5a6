package org.chs.platform.web;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authenticated caller of a request: a clerk, an evaluator or administrator, or a partner bank's or hospital's client.
 *
 * @param subject        the token's {@code sub}
 * @param name           user name, or the client id for a service account
 * @param clientId       the token's {@code azp}: the client that obtained it
 * @param roles          realm roles
 * @param servicePointId the {@code service_point_id} claim: the point a clerk works at, or a bank branch's/hospital window's point
 * @param institutionId  the {@code institution_id} claim: the designated medical institution a hospital client acts for
 * @param handlingChannel the {@code handling_channel} claim: {@code SELF_SERVICE} for a point's self-service terminal,
 *                        {@code ONLINE} for the online hall; a hardcoded claim of those clients in the realm, which no user
 *                        token carries, so a clerk cannot pass counter work off as self-service or online (ARCHITECTURE §7)
 */
public record Caller(String subject, String name, String clientId, Set<String> roles, Optional<String> servicePointId,
                     Optional<String> institutionId, Optional<String> handlingChannel) {

    public static final String SERVICE_POINT_CLAIM = "service_point_id";
    public static final String INSTITUTION_CLAIM = "institution_id";
    public static final String HANDLING_CHANNEL_CLAIM = "handling_channel";
    /** The {@link #handlingChannel()} of a point's self-service terminal (自助办). */
    public static final String SELF_SERVICE = "SELF_SERVICE";
    /** The {@link #handlingChannel()} of the online hall (网办/掌办). */
    public static final String ONLINE = "ONLINE";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(Jwt jwt) {
        Set<String> roles = RealmRolesJwtAuthenticationConverter.authorities(jwt).stream()
                .map(a -> a.getAuthority().substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        return new Caller(jwt.getSubject(), RealmRolesJwtAuthenticationConverter.principalName(jwt), jwt.getClaimAsString("azp"),
                roles, Optional.ofNullable(jwt.getClaimAsString(SERVICE_POINT_CLAIM)),
                Optional.ofNullable(jwt.getClaimAsString(INSTITUTION_CLAIM)),
                Optional.ofNullable(jwt.getClaimAsString(HANDLING_CHANNEL_CLAIM)));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** A person at a counter: a clerk's own token, not a terminal's or the online hall's client acting with the clerk role. */
    public boolean isCounterClerk() {
        return hasRole(Roles.COUNTER_CLERK) && handlingChannel.isEmpty();
    }

    /** The caller's own service point; a caller without one cannot do counter business. */
    public String requireServicePoint() {
        return servicePointId.orElseThrow(() -> new MissingClaimException(SERVICE_POINT_CLAIM));
    }

    /** The caller's own institution; a hospital client without one cannot settle. */
    public String requireInstitution() {
        return institutionId.orElseThrow(() -> new MissingClaimException(INSTITUTION_CLAIM));
    }

    /** Thrown when a token lacks a claim the operation needs; rendered as 403. */
    public static final class MissingClaimException extends RuntimeException {

        private final String claim;

        public MissingClaimException(String claim) {
            super("The access token carries no '" + claim + "' claim, which this operation needs");
            this.claim = claim;
        }

        public String claim() {
            return claim;
        }
    }
}
