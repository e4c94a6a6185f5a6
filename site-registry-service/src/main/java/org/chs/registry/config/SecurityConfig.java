package org.chs.registry.config;

import org.chs.platform.web.PlatformHttpSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * 安全配置 — every endpoint under {@code /api/registry} needs a valid token; roles and service-point scope are checked per use
 * case ({@code @PreAuthorize} on the controllers).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfig {

    static final String API = "/api/registry";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, PlatformHttpSecurity platform) throws Exception {
        platform.apply(http, API);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(API + "/**").authenticated().anyRequest().denyAll());
        return http.build();
    }
}
