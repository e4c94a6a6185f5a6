package org.chs.enrollment.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Period;

import org.chs.enrollment.person.CoverageStart;
import org.chs.enrollment.person.EnrolmentPolicy;
import org.chs.enrollment.person.Scheme;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class EnrolmentPolicyPropertiesTest {

    /** The binding and the policy bean of EnrollmentConfig, without its clock and personal-data keys. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EnrolmentPolicyProperties.class)
    static class Binding {
        @Bean
        EnrolmentPolicy enrolmentPolicy(EnrolmentPolicyProperties properties) {
            return properties.policy();
        }
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Binding.class);

    @Test
    void shouldBeThePolicyDefaultsWhenNothingIsConfigured() {
        runner.run(context -> assertThat(context.getBean(EnrolmentPolicy.class)).isEqualTo(EnrolmentPolicy.defaults()));
    }

    @Test
    void shouldBindTheDocumentedKeysWhenTheAgencyConfiguresThem() {
        runner.withPropertyValues("chs.enrollment.policy.newborn-maximum-age=P6M",
                        "chs.enrollment.policy.newborn-coverage-start=ENROLMENT_DATE",
                        "chs.enrollment.policy.minimum-contribution.URBAN_RURAL_RESIDENT.2026=400")
                .run(context -> {
                    EnrolmentPolicy policy = context.getBean(EnrolmentPolicy.class);
                    assertThat(policy.newbornMaximumAge()).isEqualTo(Period.ofMonths(6));
                    assertThat(policy.newbornCoverageStart()).isEqualTo(CoverageStart.ENROLMENT_DATE);
                    assertThat(policy.minimumContribution(Scheme.URBAN_RURAL_RESIDENT, 2026)).isEqualByComparingTo("400");
                    assertThat(policy.minimumContribution(Scheme.URBAN_RURAL_RESIDENT, 2027)).isEqualTo(new BigDecimal("0.01"));
                });
    }
}
