package org.chs.settlement.config;

import static org.chs.platform.web.Roles.AGENCY_ADMIN;
import static org.chs.platform.web.Roles.AUDITOR;
import static org.chs.platform.web.Roles.BANK_OPERATOR;
import static org.chs.platform.web.Roles.COUNTER_CLERK;
import static org.chs.platform.web.Roles.HOSPITAL_OPERATOR;

import org.chs.platform.web.PlatformHttpSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every endpoint under {@code /api/settlement} needs a valid token, and a role for its path: checked here, before the body
 * is read (so a caller without the role learns nothing from validation errors), and again by {@code @PreAuthorize} on each
 * controller method. Scope (own institution, own service point) is checked per use case.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String API = "/api/settlement";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, PlatformHttpSecurity platform) throws Exception {
        platform.apply(http, API);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, API + "/policies/**", API + "/institutions/**").hasAnyRole(AGENCY_ADMIN, AUDITOR)
                .requestMatchers(API + "/policies/**", API + "/institutions/**").hasRole(AGENCY_ADMIN)
                .requestMatchers(HttpMethod.GET, API + "/catalogues/**").hasAnyRole(AGENCY_ADMIN, AUDITOR, HOSPITAL_OPERATOR)
                .requestMatchers(API + "/catalogues/**").hasRole(AGENCY_ADMIN)
                .requestMatchers(HttpMethod.POST, API + "/filings").hasAnyRole(COUNTER_CLERK, HOSPITAL_OPERATOR)
                .requestMatchers(HttpMethod.POST, API + "/filings/*/revocation").hasRole(COUNTER_CLERK)
                .requestMatchers(HttpMethod.GET, API + "/filings").hasAnyRole(COUNTER_CLERK, AGENCY_ADMIN, AUDITOR)
                .requestMatchers(HttpMethod.GET, API + "/filings/*").hasAnyRole(COUNTER_CLERK, AGENCY_ADMIN, AUDITOR, HOSPITAL_OPERATOR)
                .requestMatchers(HttpMethod.POST, API + "/pre-settlements", API + "/settlements").hasRole(HOSPITAL_OPERATOR)
                .requestMatchers(HttpMethod.GET, API + "/settlements", API + "/settlements/*").hasAnyRole(HOSPITAL_OPERATOR, AGENCY_ADMIN, AUDITOR)
                .requestMatchers(API + "/bills/**").hasRole(HOSPITAL_OPERATOR)
                .requestMatchers(API + "/accumulators/**", API + "/audit-flags", API + "/audit-flags/**").hasAnyRole(AGENCY_ADMIN, AUDITOR)
                .requestMatchers(HttpMethod.POST, API + "/reimbursements").hasRole(COUNTER_CLERK)
                .requestMatchers(HttpMethod.POST, API + "/reimbursements/*/reversal").hasAnyRole(COUNTER_CLERK, AGENCY_ADMIN)
                .requestMatchers(HttpMethod.GET, API + "/reimbursements/*").hasAnyRole(COUNTER_CLERK, AGENCY_ADMIN, AUDITOR)
                .requestMatchers(HttpMethod.GET, API + "/handlings").hasAnyRole(COUNTER_CLERK, BANK_OPERATOR, HOSPITAL_OPERATOR, AGENCY_ADMIN, AUDITOR)
                .requestMatchers(HttpMethod.GET, API + "/clearing/**", API + "/advance-funds/**").hasAnyRole(AGENCY_ADMIN, AUDITOR)
                .requestMatchers(API + "/clearing/**", API + "/advance-funds/**").hasRole(AGENCY_ADMIN)
                .requestMatchers(API + "/**").authenticated()
                .anyRequest().denyAll());
        return http.build();
    }
}
