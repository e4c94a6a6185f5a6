package org.chs.platform.handling.servicecall;

import feign.RequestInterceptor;
import feign.RequestTemplate;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * Copies the incoming request's bearer token onto a Feign client's calls, so the called service applies its own rules to the
 * real caller (ADR 3). The token is taken from the security context, which the circuit breaker's executor carries over to
 * the thread the call runs on ({@link ServiceCallBreakers#securityContextExecutor()}); the request's thread-bound attributes
 * would not be. Register it in a client's own Feign configuration, never globally.
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
