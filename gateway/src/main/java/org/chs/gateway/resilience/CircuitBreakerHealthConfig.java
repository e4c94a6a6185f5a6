package org.chs.gateway.resilience;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Shows each service's circuit breaker under {@code /actuator/health} ({@code circuitBreakers}); Resilience4j's own
 * indicator is written for Boot 3's health API and does not load on Boot 4.
 */
@Configuration(proxyBeanMethods = false)
public class CircuitBreakerHealthConfig {

    /** An open breaker: reported, but not counted as the gateway being down (that would restart a healthy gateway). */
    static final Status CIRCUIT_OPEN = new Status("CIRCUIT_OPEN");
    static final Status CIRCUIT_HALF_OPEN = new Status("CIRCUIT_HALF_OPEN");

    @Bean
    CompositeHealthContributor circuitBreakersHealthContributor(GatewayProperties gateway, CircuitBreakerRegistry registry) {
        Map<String, String> services = new LinkedHashMap<>();
        gateway.getRoutes().stream().map(RouteDefinition::getId).forEach(id -> services.put(id, id));
        return CompositeHealthContributor.fromMap(services, id -> (HealthIndicator) () -> health(registry, id));
    }

    static Health health(CircuitBreakerRegistry registry, String name) {
        // Breakers are created on the first call through a route, so an unused route has none yet.
        return registry.find(name)
                .map(CircuitBreakerHealthConfig::health)
                .orElseGet(() -> Health.up().withDetail("state", "NOT_YET_CALLED").build());
    }

    private static Health health(CircuitBreaker breaker) {
        CircuitBreaker.State state = breaker.getState();
        Status status = switch (state) {
            case OPEN, FORCED_OPEN -> CIRCUIT_OPEN;
            case HALF_OPEN -> CIRCUIT_HALF_OPEN;
            default -> Status.UP;
        };
        CircuitBreaker.Metrics metrics = breaker.getMetrics();
        return Health.status(status)
                .withDetail("state", state.name())
                .withDetail("failureRate", metrics.getFailureRate() + "%")
                .withDetail("bufferedCalls", metrics.getNumberOfBufferedCalls())
                .withDetail("failedCalls", metrics.getNumberOfFailedCalls())
                .withDetail("notPermittedCalls", metrics.getNumberOfNotPermittedCalls())
                .build();
    }
}
