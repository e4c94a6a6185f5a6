package org.chs.gateway.console;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * The console's own security filter chain: its files and configuration are public (the login happens in the browser,
 * against Keycloak), and every answer under {@code /console} carries a Content-Security-Policy that lets the page load
 * only its own scripts and talk only to the gateway and the identity provider.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleSecurityConfig {

    /** The paths this chain answers for; everything else goes on to the gateway's bearer-token chain. */
    static final String[] PATHS = {ConsoleRoutes.PATH, ConsoleRoutes.PATH + "/**"};

    // Before the gateway's chain, which matches every path: a separate chain rather than a permitAll rule there, so
    // that a stale Authorization header a browser or proxy sends along cannot turn loading the page into a 401.
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain consoleSecurity(ServerHttpSecurity http, ConsoleProperties properties) {
        String policy = contentSecurityPolicy(properties.identityProviderOrigin());
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(PATHS))
                // Static files and a public JSON document: no session, no cookie, nothing for CSRF to protect.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                // Spring Security's defaults stay (nosniff, X-Frame-Options DENY, no-store where the response sets no
                // Cache-Control of its own); these two are added.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * The console's Content-Security-Policy. {@code style-src 'unsafe-inline'} is needed because Ant Design writes its
     * styles into {@code <style>} elements at run time; scripts stay restricted to the console's own files. The
     * identity provider is reachable by fetch (token, userinfo), as a frame (session checks) and as a form target.
     */
    static String contentSecurityPolicy(String identityProviderOrigin) {
        return String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self' " + identityProviderOrigin,
                "frame-src " + identityProviderOrigin,
                "form-action 'self' " + identityProviderOrigin,
                "frame-ancestors 'none'",
                "base-uri 'self'",
                "object-src 'none'");
    }
}
