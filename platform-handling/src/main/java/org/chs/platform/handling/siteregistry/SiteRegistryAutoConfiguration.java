package org.chs.platform.handling.siteregistry;

import java.time.Clock;

import org.chs.platform.handling.ItemAuthorisations;
import org.chs.platform.handling.servicecall.ServiceCallBreakers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The catalogue's answer to "may this point handle this item?": the Feign client with the caller's token, its circuit breaker
 * and time limit from {@code chs.site-registry.*}, and the cache in the service's MongoDB. A service that brings its own
 * {@link ItemAuthorisations} or {@link AuthorisationCache} bean replaces that part.
 */
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@EnableFeignClients(clients = SiteRegistryClient.class)
@EnableConfigurationProperties(SiteRegistryProperties.class)
public class SiteRegistryAutoConfiguration {

    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> siteRegistryBreaker(SiteRegistryProperties properties) {
        return ServiceCallBreakers.customizer(SiteRegistryAuthorisations.BREAKER, properties.limits());
    }

    @Bean
    @ConditionalOnMissingBean
    AuthorisationCache authorisationCache(MongoOperations mongo) {
        return new MongoAuthorisationCache(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    ItemAuthorisations siteRegistryAuthorisations(SiteRegistryClient client, CircuitBreakerFactory<?, ?> breakers,
                                                  AuthorisationCache cache, ObjectProvider<Clock> clock) {
        return new SiteRegistryAuthorisations(client, breakers, cache, clock.getIfAvailable(Clock::systemUTC));
    }
}
