package org.chs.settlement.shared.relay;

import feign.RequestInterceptor;
import feign.RequestTemplate;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * Copies the incoming request's bearer token onto calls to enrollment and site-registry, so they apply their own rules to
 * the real caller (ADR: token relay). The token comes from the security context, which the circuit breaker's executor
 * carries to the thread the call runs on ({@link CircuitBreakerExecutorConfiguration}); request attributes would not be.
 */
public final class BearerTokenRelay implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate template) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token) {
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken().getTokenValue());
        }
    }
}
