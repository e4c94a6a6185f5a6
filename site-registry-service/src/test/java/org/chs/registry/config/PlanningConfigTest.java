package org.chs.registry.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.chs.registry.coverage.TravelModel;
import org.chs.registry.declaration.ConstructionStandards;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class PlanningConfigTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({CoverageProperties.class, ConstructionStandardsProperties.class})
    static class Binding {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Binding.class, PlanningConfig.class);

    @Test
    void shouldOfferThePlanningDefaultsWhenNothingIsConfigured() {
        runner.run(context -> {
            assertThat(context.getBean(TravelModel.class)).isEqualTo(new TravelModel(1.4, 30, 20, 30, 15));
            assertThat(context.getBean(ConstructionStandards.class))
                    .isEqualTo(new ConstructionStandards(150, 2, 3, 2, 50_000));
        });
    }

    @Test
    void shouldBindTheDocumentedKeysWhenTheCountyConfiguresThem() {
        runner.withPropertyValues("chs.coverage.detour-factor=1.3", "chs.coverage.rural-speed-kmh=25",
                        "chs.coverage.urban-key-area-minutes=10", "chs.declaration.standards.min-staff=4",
                        "chs.declaration.standards.small-population-below=40000")
                .run(context -> {
                    assertThat(context.getBean(TravelModel.class)).isEqualTo(new TravelModel(1.3, 25, 20, 30, 10));
                    assertThat(context.getBean(ConstructionStandards.class))
                            .isEqualTo(new ConstructionStandards(150, 2, 4, 2, 40_000));
                });
    }

    @Test
    void shouldRefuseToStartWhenTheTravelModelIsImpossible() {
        runner.withPropertyValues("chs.coverage.detour-factor=0.5")
                .run(context -> assertThat(context).hasFailed());
    }
}
