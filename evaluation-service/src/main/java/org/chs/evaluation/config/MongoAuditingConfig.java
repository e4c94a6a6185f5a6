package org.chs.evaluation.config;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.mongodb.config.EnableMongoAuditing;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Audit fields ({@code createdBy}, {@code lastModifiedAt}…) on every document: the caller's user name, or {@code system} for events. */
@Configuration(proxyBeanMethods = false)
@EnableMongoAuditing
class MongoAuditingConfig {

    @Bean
    AuditorAware<String> auditorAware() {
        return () -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return Optional.of(authentication != null && authentication.isAuthenticated() && authentication.getName() != null
                    ? authentication.getName() : "system");
        };
    }
}
