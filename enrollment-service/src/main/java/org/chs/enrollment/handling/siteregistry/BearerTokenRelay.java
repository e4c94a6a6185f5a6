package org.chs.enrollment.handling.siteregistry;

import feign.RequestInterceptor;
import feign.RequestTemplate;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/**
 * Copies the incoming request's bearer token onto calls to site-registry, so the registry applies its own rules to the
 * real caller. The token is taken from the security context, which the circuit breaker's executor carries over to the
 * thread the call runs on (see {@link SiteRegistryConfiguration}); the request's thread-bound attributes would not be.
 */
final class BearerTokenRelay implements RequestInterceptor {

    @Override
    public void apply(RequestTemplate template) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof AbstractOAuth2TokenAuthenticationToken<?> token) {
            template.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken().getTokenValue());
        }
    }
}
