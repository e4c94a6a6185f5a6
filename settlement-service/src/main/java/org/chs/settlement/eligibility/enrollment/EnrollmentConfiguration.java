package org.chs.settlement.eligibility.enrollment;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.chs.settlement.shared.DependencyRefusedException;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The enrollment client: Feign, and a Resilience4j circuit breaker with a time limiter around it. No retry: a check is cheap to
 * ask again, but the hospital waits. Enrollment's refusals (4xx) are ignored by the breaker; only failures to answer open it.
 */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = EnrollmentClient.class)
class EnrollmentConfiguration {

    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> enrollmentBreaker(EnrollmentProperties properties) {
        return factory -> {
            // Spring Cloud CircuitBreaker 5.0.2 takes the time limiter only from the TimeLimiterRegistry (by id), ignoring a
            // Customizer's timeLimiterConfig (spring-cloud-circuitbreaker#284): register it there under the breaker's id.
            factory.getTimeLimiterRegistry().addConfiguration(EnrollmentEligibility.BREAKER,
                    TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).cancelRunningFuture(true).build());
            factory.configure(builder -> builder
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .failureRateThreshold(50)
                        .minimumNumberOfCalls(5)
                        .slidingWindowSize(10)
                        .waitDurationInOpenState(java.time.Duration.ofSeconds(10))
                        .permittedNumberOfCallsInHalfOpenState(1)
                        // enrollment's 4xx are answers about the request, not failures of enrollment: neither count
                        .ignoreExceptions(DependencyRefusedException.class)
                        .build()), EnrollmentEligibility.BREAKER);
        };
    }
}
