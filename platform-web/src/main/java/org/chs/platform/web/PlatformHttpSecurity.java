package org.chs.platform.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * The security settings every service shares: stateless bearer-token resource server with realm roles, problem-detail 401/403,
 * and open health, info, metrics and OpenAPI endpoints. A service's {@code SecurityConfig} applies it, then adds its own
 * path rules.
 */
public final class PlatformHttpSecurity {

    private final ProblemResponses problems;

    public PlatformHttpSecurity(ProblemResponses problems) {
        this.problems = problems;
    }

    /** Applies the shared settings; {@code apiDocsPrefix} is the service's public prefix, e.g. {@code /api/enrollment}. */
    public HttpSecurity apply(HttpSecurity http, String apiDocsPrefix) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new RealmRolesJwtAuthenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus").permitAll()
                        .requestMatchers(HttpMethod.GET, apiDocsPrefix + "/v3/api-docs", apiDocsPrefix + "/v3/api-docs/**",
                                apiDocsPrefix + "/swagger-ui.html", apiDocsPrefix + "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll())
                .httpBasic(basic -> basic.disable());
    }
}
