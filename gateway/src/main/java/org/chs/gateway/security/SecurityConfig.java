package org.chs.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway's security: every {@code /api/**} call needs a valid token from the chs realm, which is then relayed
 * unchanged; roles are the services' business, because only they know what an operation needs.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class SecurityConfig {

    /** Paths answered without a token: probes, metrics, the documentation and the circuit-breaker fallbacks. */
    static final String[] PUBLIC_PATHS = {
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/v3/api-docs", "/v3/api-docs/**",
            "/fallback/**"
    };

    /** Where citizens submit 好差评 reviews without a token. */
    static final String CITIZEN_REVIEWS = "/api/evaluation/reviews";

    /** Where a citizen's review page reads the handling before reviewing, without a token (the review token is in a header). */
    static final String CITIZEN_REVIEW_INVITATIONS = "/api/evaluation/reviews/*/invitation";

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ProblemSecurityHandlers handlers,
            ReactiveJwtDecoder jwtDecoder) {
        return http
                // A stateless bearer-token API: no sessions, no cookies, hence no CSRF and no saved requests.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC_PATHS).permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/*/v3/api-docs", "/api/*/v3/api-docs/**").permitAll()
                        .pathMatchers(HttpMethod.HEAD, "/api/*/v3/api-docs", "/api/*/v3/api-docs/**").permitAll()
                        // 好差评: a citizen has no account; the review token issued with the handling authorises the review,
                        // and evaluation-service checks it.
                        .pathMatchers(HttpMethod.POST, CITIZEN_REVIEWS).permitAll()
                        .pathMatchers(HttpMethod.GET, CITIZEN_REVIEW_INVITATIONS).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtDecoder(reportingOutages(jwtDecoder)))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .build();
    }

    /**
     * Boot's decoder, except that failing to fetch the realm's keys (Keycloak down) becomes a {@link JwtException},
     * which Spring Security turns into an authentication-service failure that we answer with 503, instead of an
     * {@code IllegalStateException} that would surface as a 500.
     */
    static ReactiveJwtDecoder reportingOutages(ReactiveJwtDecoder decoder) {
        return token -> decoder.decode(token).onErrorMap(error -> !(error instanceof JwtException),
                error -> new JwtException("Cannot fetch the signing keys of the chs realm", error));
    }
}
