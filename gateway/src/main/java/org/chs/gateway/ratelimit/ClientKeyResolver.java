package org.chs.gateway.ratelimit;

import java.net.InetSocketAddress;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Names the client a request is charged to, from the already validated token: its {@code azp} (the Keycloak client),
 * else its subject; per user for the interactive clients listed in {@code per-user-clients}; by address without a token.
 */
public final class ClientKeyResolver {

    private final RateLimitProperties properties;

    public ClientKeyResolver(RateLimitProperties properties) {
        this.properties = properties;
    }

    public Mono<ClientKey> resolve(ServerWebExchange exchange) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> fromToken(((JwtAuthenticationToken) authentication).getToken()))
                .switchIfEmpty(Mono.fromSupplier(() -> fromAddress(exchange)));
    }

    ClientKey fromToken(Jwt jwt) {
        String clientId = jwt.getClaimAsString("azp");
        if (clientId == null || clientId.isBlank()) {
            return new ClientKey("sub:" + jwt.getSubject(), null);
        }
        if (properties.perUserClients().contains(clientId)) {
            String user = jwt.getClaimAsString("preferred_username");
            return new ClientKey(clientId + "/" + (user != null ? user : jwt.getSubject()), clientId);
        }
        return new ClientKey(clientId, clientId);
    }

    static ClientKey fromAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null ? "unknown"
                : remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        return new ClientKey("ip:" + address, null);
    }
}
