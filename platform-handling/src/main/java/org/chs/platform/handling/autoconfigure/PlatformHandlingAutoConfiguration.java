package org.chs.platform.handling.autoconfigure;

import java.time.Clock;
import java.util.concurrent.ExecutorService;

import org.chs.platform.handling.HandlingDesk;
import org.chs.platform.handling.ItemAuthorisations;
import org.chs.platform.handling.servicecall.ServiceCallBreakers;
import org.chs.platform.handling.siteregistry.SiteRegistryAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * The handling desk over whichever {@link ItemAuthorisations} the service has (site-registry's by default), and the
 * circuit breakers' executor that carries the caller's security context for every client's token relay.
 */
@AutoConfiguration(after = SiteRegistryAutoConfiguration.class)
public class PlatformHandlingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    HandlingDesk handlingDesk(ItemAuthorisations authorisations, ObjectProvider<Clock> clock) {
        return new HandlingDesk(authorisations, clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnMissingBean(name = "circuitBreakerExecutor")
    ExecutorService circuitBreakerExecutor() {
        return ServiceCallBreakers.securityContextExecutor();
    }

    /** First, so that every breaker's time limiter runs its call on the executor that carries the caller's token. */
    @Bean
    @Order(0)
    Customizer<Resilience4JCircuitBreakerFactory> securityContextExecutor(@Qualifier("circuitBreakerExecutor") ExecutorService executor) {
        return factory -> factory.configureExecutorService(executor);
    }
}
