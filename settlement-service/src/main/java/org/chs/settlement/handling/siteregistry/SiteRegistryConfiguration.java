package org.chs.settlement.handling.siteregistry;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The site-registry client: Feign, and a Resilience4j circuit breaker with a time limiter around it. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = SiteRegistryClient.class)
class SiteRegistryConfiguration {

    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> siteRegistryBreaker(SiteRegistryProperties properties) {
        return factory -> {
            // Spring Cloud CircuitBreaker 5.0.2 takes the time limiter only from the TimeLimiterRegistry (by id), ignoring a
            // Customizer's timeLimiterConfig (spring-cloud-circuitbreaker#284): register it there under the breaker's id.
            factory.getTimeLimiterRegistry().addConfiguration(SiteRegistryAuthorisations.BREAKER,
                    TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).cancelRunningFuture(true).build());
            factory.configure(builder -> builder
                .circuitBreakerConfig(CircuitBreakerConfig.custom()
                        .failureRateThreshold(50)
                        .minimumNumberOfCalls(5)
                        .slidingWindowSize(10)
                        .waitDurationInOpenState(Duration.ofSeconds(10))
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .build()), SiteRegistryAuthorisations.BREAKER);
        };
    }
}
