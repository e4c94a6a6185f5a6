package org.chs.settlement.shared.relay;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;

/** The pool the time limiters run outgoing calls on; it carries the caller's security context for {@link BearerTokenRelay}. */
@Configuration(proxyBeanMethods = false)
public class CircuitBreakerExecutorConfiguration {

    @Bean(destroyMethod = "shutdown")
    ExecutorService circuitBreakerExecutor() {
        return new DelegatingSecurityContextExecutorService(Executors.newCachedThreadPool());
    }

    @Bean
    @Order(0)
    Customizer<Resilience4JCircuitBreakerFactory> securityContextExecutor(ExecutorService circuitBreakerExecutor) {
        return factory -> factory.configureExecutorService(circuitBreakerExecutor);
    }
}
