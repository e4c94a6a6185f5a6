package org.chs.enrollment.handling.siteregistry;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;

/** The site-registry client: Feign, and a Resilience4j circuit breaker with a time limiter around it. */
@Configuration(proxyBeanMethods = false)
@EnableFeignClients(clients = SiteRegistryClient.class)
@EnableConfigurationProperties(SiteRegistryProperties.class)
class SiteRegistryConfiguration {

    @Bean(destroyMethod = "shutdown")
    ExecutorService circuitBreakerExecutor() {
        // The time limiter runs calls on this pool; carrying the security context lets BearerTokenRelay see the caller's token.
        return new DelegatingSecurityContextExecutorService(Executors.newCachedThreadPool());
    }

    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> siteRegistryBreaker(SiteRegistryProperties properties, ExecutorService circuitBreakerExecutor) {
        return factory -> {
            factory.configureExecutorService(circuitBreakerExecutor);
            // Spring Cloud CircuitBreaker 5.0.2 takes the time limiter from the TimeLimiterRegistry by id and ignores the
            // builder's timeLimiterConfig (spring-cloud-circuitbreaker#284), which left the 1 s default in force.
            factory.getTimeLimiterRegistry().addConfiguration(SiteRegistryAuthorisations.BREAKER,
                    TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).cancelRunningFuture(true).build());
            factory.configure(builder -> builder
                    .circuitBreakerConfig(CircuitBreakerConfig.custom()
                            .failureRateThreshold(properties.failureRateThreshold())
                            .minimumNumberOfCalls(properties.minimumCalls())
                            .slidingWindowSize(Math.max(10, properties.minimumCalls()))
                            .waitDurationInOpenState(properties.openFor())
                            .permittedNumberOfCallsInHalfOpenState(1)
                            .build()), SiteRegistryAuthorisations.BREAKER);
        };
    }
}
