package org.chs.enrollment.config;

import java.time.Clock;

import org.chs.enrollment.person.EnrolmentPolicy;
import org.chs.enrollment.personaldata.PersonalDataProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's clock and configuration properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PersonalDataProperties.class, EnrolmentPolicy.class})
class EnrollmentConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
