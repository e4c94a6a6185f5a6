package org.chs.registry.config;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 审计 — who and when on every write: Spring Data fills {@code @CreatedBy/@LastModifiedBy} from the caller's token (user name,
 * or the client id of a bank's or hospital's service account), and {@code system} for writes without a request (seed, events).
 */
@Configuration(proxyBeanMethods = false)
@EnableMongoAuditing(auditorAwareRef = "callerAuditor")
class AuditingConfig {

    /** The auditor of writes made outside a request: demo seed, event consumers. */
    static final String SYSTEM = "system";

    @Bean
    AuditorAware<String> callerAuditor() {
        return () -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
                return Optional.of(SYSTEM);
            }
            return Optional.of(authentication.getName());
        };
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
