package org.chs.settlement.eligibility.enrollment;

import org.chs.platform.handling.servicecall.CallLimits;
import org.chs.platform.handling.servicecall.ServiceCallBreakers;
import org.chs.settlement.shared.DependencyRefusedException;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The enrollment client: Feign, and a Resilience4j circuit breaker with a time limiter around it (platform-handling's
 * {@link ServiceCallBreakers}). No retry: a check is cheap to ask again, but the hospital waits. Enrollment's refusals (4xx)
 * are ignored by the breaker; only failures to answer open it.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = EnrollmentClient.class)
class EnrollmentConfiguration {

    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> enrollmentBreaker(EnrollmentProperties properties) {
        // enrollment's 4xx are answers about the request, not failures of enrollment: neither count
        return ServiceCallBreakers.customizer(EnrollmentEligibility.BREAKER, CallLimits.of(properties.timeout()),
                DependencyRefusedException.class);
    }
}
