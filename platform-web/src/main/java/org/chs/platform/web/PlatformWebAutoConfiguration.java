package org.chs.platform.web;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.chs.platform.web.idempotency.IdempotencyBodyFilter;
import org.chs.platform.web.idempotency.IdempotencyInterceptor;
import org.chs.platform.web.idempotency.IdempotencyStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the shared web conventions: {@link PlatformHttpSecurity}, {@link Caller}, request ids, problem details for every
 * error (including the container's), input bounds, request-body limits, {@code Idempotency-Key}s, the OpenAPI description
 * and MongoDB health.
 */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class,
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@EnableConfigurationProperties(PlatformWebProperties.class)
@Import(PlatformOpenApiConfiguration.class)
public class PlatformWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    @ConditionalOnMissingBean
    PlatformHttpSecurity platformHttpSecurity(ProblemResponses problems) {
        return new PlatformHttpSecurity(problems);
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(PlatformWebProperties properties, ProblemResponses problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(properties,
                problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<IdempotencyBodyFilter> idempotencyBodyFilter() {
        FilterRegistrationBean<IdempotencyBodyFilter> registration = new FilterRegistrationBean<>(new IdempotencyBodyFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    @ConditionalOnBean(MongoOperations.class)
    @ConditionalOnMissingBean
    IdempotencyStore idempotencyStore(MongoOperations mongo, ObjectProvider<Clock> clock, PlatformWebProperties properties) {
        IdempotencyStore store = new IdempotencyStore(mongo, clock.getIfAvailable(Clock::systemUTC), properties.idempotency().retention(),
                properties.idempotency().inFlightTimeout());
        store.ensureIndexes();
        return store;
    }

    @Bean
    WebMvcConfigurer platformWebMvcConfigurer(PlatformWebProperties properties, ObjectProvider<IdempotencyStore> idempotency) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                // roles first: a caller without one learns nothing from the bounds, and claims no idempotency key
                registry.addInterceptor(new DocumentedRolesInterceptor()).order(-1);
                registry.addInterceptor(new InputBoundsInterceptor(properties)).order(0);
                idempotency.ifAvailable(store -> registry.addInterceptor(new IdempotencyInterceptor(store)).order(1));
            }
        };
    }

    /** Named like Boot's contributor so that Boot's {@code hello}-based one backs off. */
    @Bean(name = "mongoHealthContributor")
    @ConditionalOnBean(MongoTemplate.class)
    MongoPingHealthIndicator mongoHealthContributor(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    /** Tomcat's own error answers as problem details. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatErrors {

        @Bean
        PlatformTomcatCustomizer platformTomcatCustomizer() {
            return new PlatformTomcatCustomizer();
        }
    }
}
