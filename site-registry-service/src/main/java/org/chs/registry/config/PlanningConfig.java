package org.chs.registry.config;

import org.chs.registry.coverage.TravelModel;
import org.chs.registry.declaration.ConstructionStandards;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry's configurable planning assumptions as the domain values the features use; the features never see how they are
 * configured.
 */
@Configuration(proxyBeanMethods = false)
class PlanningConfig {

    @Bean
    TravelModel travelModel(CoverageProperties coverage) {
        return coverage.travelModel();
    }

    @Bean
    ConstructionStandards constructionStandards(ConstructionStandardsProperties standards) {
        return standards.standards();
    }
}
