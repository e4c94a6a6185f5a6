package org.chs.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aopalliance.aop.Advice;
import org.chs.contracts.Exchanges;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.config.RetryInterceptorBuilder;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.amqp.autoconfigure.SimpleRabbitListenerContainerFactoryConfigurer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.retry.RetryPolicy;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Auto-configuration of the consuming side and of the broker topology: the JSON message converter, the default listener
 * container factory with retry and dead-lettering, and the declaration of the service's exchange and its
 * {@link ConsumerQueue}s.
 *
 * <p>Acknowledgement: the containers run in {@link AcknowledgeMode#AUTO}. That is not the broker's auto-ack (which would
 * drop a message the moment it is delivered): on the wire the consumer uses manual acknowledgements, and the container sends
 * the {@code basic.ack} only after the listener method has returned, or a {@code basic.reject} without requeue when it
 * threw on the last attempt. A message is thus acknowledged only after its handler succeeded — what ARCHITECTURE §6 means
 * by "manual acks" — without every handler having to take a {@code Channel} and a delivery tag and get them right.
 *
 * <p>Retry is stateless and in-process: the failed message is handed to the listener again after a pause growing
 * exponentially, on the same consumer thread, so messages behind it on that consumer wait. After the last attempt the
 * {@link DeadLetteringRecoverer} rejects it and the broker moves it to {@code <queue>.dlq}. Messages that cannot be read
 * (conversion failures) and {@link AmqpRejectAndDontRequeueException} are not retried.
 */
@AutoConfiguration(before = RabbitAutoConfiguration.class, after = JacksonAutoConfiguration.class)
@ConditionalOnClass({ RabbitTemplate.class, JsonMapper.class })
@EnableConfigurationProperties(MessagingProperties.class)
public final class MessagingAutoConfiguration {

    /** The bean name under which the platform's listener container factory is the default for {@code @RabbitListener}. */
    public static final String CONTAINER_FACTORY = "rabbitListenerContainerFactory";

    @Bean
    @ConditionalOnMissingBean(MessageConverter.class)
    JacksonJsonMessageConverter chsMessageConverter(JsonMapper jsonMapper) {
        // Infers EventEnvelope<SomeEvent> from a listener's parameter type; the relay sends no __TypeId__ header.
        return new JacksonJsonMessageConverter(jsonMapper);
    }

    @Bean
    @ConditionalOnMissingBean
    EnvelopeReader envelopeReader(JsonMapper jsonMapper) {
        return new EnvelopeReader(jsonMapper);
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetteringRecoverer deadLetteringRecoverer() {
        return new DeadLetteringRecoverer();
    }

    @Bean(name = CONTAINER_FACTORY)
    @ConditionalOnMissingBean(name = CONTAINER_FACTORY)
    SimpleRabbitListenerContainerFactory rabbitListenerContainerFactory(SimpleRabbitListenerContainerFactoryConfigurer configurer,
            ConnectionFactory connectionFactory, MessagingProperties properties, DeadLetteringRecoverer recoverer) {
        SimpleRabbitListenerContainerFactory factory = new SimpleRabbitListenerContainerFactory();
        // spring.rabbitmq.listener.simple.* (concurrency, prefetch...) still apply; acks, requeue and retry are ours
        configurer.configure(factory, connectionFactory);
        factory.setAcknowledgeMode(AcknowledgeMode.AUTO);
        // an exception that escapes the retry must not put the message back at the head of the queue for ever
        factory.setDefaultRequeueRejected(false);
        factory.setAdviceChain(retryAdvice(properties.consumer(), recoverer));
        factory.setRecoveryInterval(properties.consumer().recoveryInterval().toMillis());
        return factory;
    }

    static Advice retryAdvice(MessagingProperties.Consumer consumer, DeadLetteringRecoverer recoverer) {
        RetryPolicy policy = RetryPolicy.builder()
                .maxRetries(consumer.maxAttempts() - 1L)
                .delay(consumer.initialInterval())
                .multiplier(consumer.multiplier())
                .maxDelay(consumer.maxInterval())
                .predicate(failure -> !isPoison(failure))
                .build();
        return RetryInterceptorBuilder.stateless().retryPolicy(policy).recoverer(recoverer).build();
    }

    /** A failure that another attempt cannot cure: the message itself is bad, or the handler said so. */
    static boolean isPoison(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MessageConversionException
                    || cause instanceof org.springframework.messaging.converter.MessageConversionException
                    || cause instanceof JacksonException
                    || cause instanceof AmqpRejectAndDontRequeueException) {
                return true;
            }
        }
        return false;
    }

    @Bean
    Declarables chsMessagingDeclarables(MessagingProperties properties, ObjectProvider<ConsumerQueue> consumerQueues) {
        return new Declarables(declarables(properties.exchange(), consumerQueues.orderedStream().toList()));
    }

    /** The broker objects for the service's own exchange and its consumer queues. */
    static List<Declarable> declarables(String ownExchange, List<ConsumerQueue> queues) {
        Map<String, Declarable> exchanges = new LinkedHashMap<>();
        List<Declarable> others = new ArrayList<>();
        if (ownExchange != null && !ownExchange.isBlank()) {
            exchanges.put(ownExchange, new TopicExchange(ownExchange, true, false));
        }
        if (!queues.isEmpty()) {
            exchanges.put(Exchanges.DEAD_LETTER, new DirectExchange(Exchanges.DEAD_LETTER, true, false));
        }
        for (ConsumerQueue consumerQueue : queues) {
            // Declared by the consumer as well, identically, so a consumer can bind before its producer ever started.
            TopicExchange source = new TopicExchange(consumerQueue.exchange(), true, false);
            exchanges.putIfAbsent(consumerQueue.exchange(), source);
            Queue queue = QueueBuilder.durable(consumerQueue.name())
                    .deadLetterExchange(Exchanges.DEAD_LETTER)
                    .deadLetterRoutingKey(consumerQueue.name())
                    .build();
            Queue deadLetters = QueueBuilder.durable(consumerQueue.deadLetterQueue()).build();
            others.add(queue);
            others.add(deadLetters);
            for (String routingKey : consumerQueue.routingKeys()) {
                others.add(new Binding(consumerQueue.name(), Binding.DestinationType.QUEUE, consumerQueue.exchange(), routingKey,
                        null));
            }
            others.add(BindingBuilder.bind(deadLetters).to(new DirectExchange(Exchanges.DEAD_LETTER, true, false))
                    .with(consumerQueue.name()));
        }
        List<Declarable> all = new ArrayList<>(exchanges.values());
        all.addAll(others);
        return all;
    }
}
