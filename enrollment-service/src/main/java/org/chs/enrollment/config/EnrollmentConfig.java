package org.chs.enrollment.config;

import java.time.Clock;

import org.chs.enrollment.person.EnrolmentPolicy;
import org.chs.enrollment.personaldata.PersonalDataProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's clock, configuration properties and the enrolment policy they configure. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PersonalDataProperties.class, EnrolmentPolicyProperties.class})
class EnrollmentConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EnrolmentPolicy enrolmentPolicy(EnrolmentPolicyProperties properties) {
        return properties.policy();
    }
}
