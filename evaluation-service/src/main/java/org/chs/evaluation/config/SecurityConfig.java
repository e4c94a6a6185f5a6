package org.chs.evaluation.config;

import org.chs.platform.web.PlatformHttpSecurity;
import org.chs.platform.web.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every endpoint under {@code /api/evaluation} needs a valid token, except the citizen's review submission and the invitation
 * that shows the handling before it: a citizen has no account, and the review token issued with the handling authorises both.
 * Roles and scope are checked per use case.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String API = "/api/evaluation";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, PlatformHttpSecurity platform) throws Exception {
        platform.apply(http, API);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.POST, API + "/reviews").permitAll()
                .requestMatchers(HttpMethod.GET, API + "/reviews/*/invitation").permitAll()
                // administrators' writes are refused by role before the body is even validated (method security checks again)
                .requestMatchers(HttpMethod.POST, API + "/standards/**", API + "/evaluations", API + "/evaluations/*/finalize",
                        API + "/evaluations/*/preview", API + "/batches/**", API + "/rectifications/*/close").hasRole(Roles.AGENCY_ADMIN)
                .requestMatchers(HttpMethod.PUT, API + "/evaluations/*/evaluators", API + "/evaluations/*/kpi-period",
                        API + "/batches/**").hasRole(Roles.AGENCY_ADMIN)
                .requestMatchers(API + "/batches/**").hasRole(Roles.AGENCY_ADMIN)
                .requestMatchers(API + "/**").authenticated()
                .anyRequest().denyAll());
        return http.build();
    }
}
