package org.chs.platform.messaging;

import java.time.Clock;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.RabbitConnectionFactoryBean;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.CachingConnectionFactoryConfigurer;
import org.springframework.boot.amqp.autoconfigure.ConnectionFactoryCustomizer;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionFactoryBeanConfigurer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * Auto-configuration of the producing side (the {@link Outbox} and its {@link OutboxRelay}) and of the consumers'
 * {@link IdempotentWriter}, all on the application's MongoDB.
 */
@AutoConfiguration(after = { JacksonAutoConfiguration.class, DataMongoAutoConfiguration.class, RabbitAutoConfiguration.class })
@ConditionalOnClass({ MongoOperations.class, RabbitTemplate.class, JsonMapper.class })
@EnableConfigurationProperties(MessagingProperties.class)
public final class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(JsonMapper jsonMapper, MessagingProperties properties, Environment environment) {
        return new Outbox(jsonMapper, producer(properties, environment), properties.exchange(), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnBean(MongoOperations.class)
    @ConditionalOnMissingBean
    IdempotentWriter idempotentWriter(MongoOperations mongo) {
        return new IdempotentWriter(mongo);
    }

    @Bean
    @ConditionalOnBean({ MongoOperations.class, MongoMappingContext.class, RabbitConnectionFactoryBeanConfigurer.class,
            CachingConnectionFactoryConfigurer.class })
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(MongoOperations mongo, MongoMappingContext mappingContext, MessagingProperties properties,
            Environment environment, RabbitConnectionFactoryBeanConfigurer rabbitFactoryConfigurer,
            CachingConnectionFactoryConfigurer cachingFactoryConfigurer,
            ObjectProvider<ConnectionFactoryCustomizer> customizers) throws Exception {
        String producer = producer(properties, environment);
        return new OutboxRelay(mongo, mappingContext,
                new ConfirmingPublisher(relayConnectionFactory(producer, rabbitFactoryConfigurer, cachingFactoryConfigurer,
                        customizers)),
                properties.relay(), producer);
    }

    /**
     * A connection factory configured like Spring Boot's from {@code spring.rabbitmq.*} (or the {@code RabbitConnectionDetails}
     * bean), but private to the relay. Not a bean, so Boot's own factory and the beans conditional on a single
     * {@code ConnectionFactory} are unaffected.
     */
    private static CachingConnectionFactory relayConnectionFactory(String producer,
            RabbitConnectionFactoryBeanConfigurer rabbitFactoryConfigurer,
            CachingConnectionFactoryConfigurer cachingFactoryConfigurer,
            ObjectProvider<ConnectionFactoryCustomizer> customizers) throws Exception {
        RabbitConnectionFactoryBean factoryBean = new RabbitConnectionFactoryBean();
        rabbitFactoryConfigurer.configure(factoryBean);
        factoryBean.afterPropertiesSet();
        com.rabbitmq.client.ConnectionFactory rabbitFactory = factoryBean.getObject();
        customizers.orderedStream().forEach(customizer -> customizer.customize(rabbitFactory));
        CachingConnectionFactory connectionFactory = new CachingConnectionFactory(rabbitFactory);
        cachingFactoryConfigurer.configure(connectionFactory);
        connectionFactory.setConnectionNameStrategy(factory -> producer + "#outbox-relay");
        return connectionFactory;
    }

    static String producer(MessagingProperties properties, Environment environment) {
        String producer = properties.producer() != null && !properties.producer().isBlank() ? properties.producer()
                : environment.getProperty("spring.application.name");
        if (producer == null || producer.isBlank()) {
            throw new IllegalStateException("Set spring.application.name (or chs.messaging.producer): it names the producer "
                    + "in every event envelope");
        }
        return producer;
    }
}
