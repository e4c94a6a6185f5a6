package org.chs.settlement.eligibility.enrollment;

import feign.RequestInterceptor;

import org.chs.platform.handling.servicecall.BearerTokenRelay;
import org.springframework.context.annotation.Bean;

/** Feign settings of the enrollment client only; deliberately not a {@code @Configuration}, so other clients do not inherit it. */
class EnrollmentFeignConfiguration {

    @Bean
    RequestInterceptor enrollmentTokenRelay() {
        return new BearerTokenRelay();
    }
}
