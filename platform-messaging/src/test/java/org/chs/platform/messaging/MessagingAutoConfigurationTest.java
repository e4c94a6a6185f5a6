package org.chs.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;

import org.chs.contracts.Exchanges;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.support.ListenerExecutionFailedException;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConversionException;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration without a broker or a database: nothing here connects anywhere. */
class MessagingAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, MongoAutoConfiguration.class,
                    DataMongoAutoConfiguration.class, RabbitAutoConfiguration.class, MessagingAutoConfiguration.class,
                    OutboxAutoConfiguration.class))
            .withPropertyValues("spring.application.name=test-service", "chs.messaging.relay.enabled=false",
                    "spring.mongodb.uri=mongodb://127.0.0.1:1/unused");

    @Nested
    class Properties {

        @Test
        void shouldUseDefaultsWhenNothingIsConfigured() {
            runner.run(context -> {
                MessagingProperties properties = context.getBean(MessagingProperties.class);
                assertThat(properties.exchange()).isNull();
                assertThat(properties.relay().interval()).isEqualTo(Duration.ofMillis(500));
                assertThat(properties.relay().batchSize()).isEqualTo(100);
                assertThat(properties.relay().confirmTimeout()).isEqualTo(Duration.ofSeconds(10));
                assertThat(properties.consumer().maxAttempts()).isEqualTo(4);
                assertThat(properties.consumer().initialInterval()).isEqualTo(Duration.ofSeconds(1));
                assertThat(properties.consumer().multiplier()).isEqualTo(2.0);
                assertThat(properties.consumer().maxInterval()).isEqualTo(Duration.ofSeconds(10));
                assertThat(context.getBean(Outbox.class).producer()).isEqualTo("test-service");
            });
        }

        @Test
        void shouldBindSettingsWhenConfigured() {
            runner.withPropertyValues("chs.messaging.exchange=enrollment.events", "chs.messaging.producer=enrollment",
                    "chs.messaging.relay.interval=250ms", "chs.messaging.relay.batch-size=20",
                    "chs.messaging.consumer.max-attempts=6", "chs.messaging.consumer.multiplier=3")
                    .run(context -> {
                        MessagingProperties properties = context.getBean(MessagingProperties.class);
                        assertThat(properties.exchange()).isEqualTo("enrollment.events");
                        assertThat(properties.relay().interval()).isEqualTo(Duration.ofMillis(250));
                        assertThat(properties.relay().batchSize()).isEqualTo(20);
                        assertThat(properties.consumer().maxAttempts()).isEqualTo(6);
                        assertThat(properties.consumer().multiplier()).isEqualTo(3.0);
                        assertThat(context.getBean(Outbox.class).producer()).isEqualTo("enrollment");
                    });
        }

        @Test
        void shouldFailStartupWhenMaxAttemptsIsBelowOne() {
            runner.withPropertyValues("chs.messaging.consumer.max-attempts=0")
                    .run(context -> assertThat(context).hasFailed());
        }

        @Test
        void shouldFailStartupWhenApplicationHasNoName() {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, RabbitAutoConfiguration.class,
                            MessagingAutoConfiguration.class, OutboxAutoConfiguration.class))
                    .run(context -> assertThat(context).hasFailed().getFailure()
                            .hasStackTraceContaining("spring.application.name"));
        }
    }

    @Nested
    class Beans {

        @Test
        void shouldProvideEveryPieceWhenMongoAndRabbitArePresent() {
            runner.run(context -> {
                assertThat(context).hasSingleBean(Outbox.class).hasSingleBean(OutboxRelay.class)
                        .hasSingleBean(IdempotentWriter.class).hasSingleBean(EnvelopeReader.class)
                        .hasSingleBean(DeadLetteringRecoverer.class);
                assertThat(context.getBean(MessageConverter.class)).isInstanceOf(JacksonJsonMessageConverter.class);
                assertThat(context.getBean(MessagingAutoConfiguration.CONTAINER_FACTORY))
                        .isInstanceOf(SimpleRabbitListenerContainerFactory.class);
                SimpleRabbitListenerContainerFactory factory = context.getBean(MessagingAutoConfiguration.CONTAINER_FACTORY,
                        SimpleRabbitListenerContainerFactory.class);
                assertThat(factory.getAdviceChain()).hasSize(1);
            });
        }

        @Test
        void shouldLeaveApplicationsOwnListenerFactoryAlone() {
            runner.withBean(MessagingAutoConfiguration.CONTAINER_FACTORY, SimpleRabbitListenerContainerFactory.class,
                    SimpleRabbitListenerContainerFactory::new)
                    .run(context -> assertThat(context.getBean(MessagingAutoConfiguration.CONTAINER_FACTORY,
                            SimpleRabbitListenerContainerFactory.class).getAdviceChain()).isNull());
        }

        @Test
        void shouldKeepSpringBootsSingleConnectionFactoryWhenRelayHasItsOwn() {
            runner.run(context -> assertThat(context)
                    .hasSingleBean(ConnectionFactory.class)
                    .hasSingleBean(RabbitTemplate.class));
        }
    }

    @Nested
    class Topology {

        @Test
        void shouldDeclareQueueWithDeadLetteringAndItsDlqWhenConsumerQueueIsABean() {
            runner.withPropertyValues("chs.messaging.exchange=evaluation.events")
                    .withBean(ConsumerQueue.class,
                            () -> ConsumerQueue.of("evaluation.handlings", "enrollment.events", "handling.completed.v1"))
                    .run(context -> {
                        List<Declarable> declarables = context.getBean(Declarables.class).getDeclarables().stream().toList();
                        assertThat(declarables).filteredOn(TopicExchange.class::isInstance).extracting(d -> ((TopicExchange) d))
                                .allSatisfy(exchange -> assertThat(exchange.isDurable()).isTrue())
                                .extracting(TopicExchange::getName).containsExactlyInAnyOrder("evaluation.events", "enrollment.events");
                        assertThat(declarables).filteredOn(DirectExchange.class::isInstance)
                                .extracting(d -> ((DirectExchange) d).getName()).containsExactly(Exchanges.DEAD_LETTER);
                        Queue queue = queue(declarables, "evaluation.handlings");
                        assertThat(queue.isDurable()).isTrue();
                        assertThat(queue.getArguments()).containsEntry("x-dead-letter-exchange", Exchanges.DEAD_LETTER)
                                .containsEntry("x-dead-letter-routing-key", "evaluation.handlings");
                        assertThat(queue(declarables, "evaluation.handlings.dlq").isDurable()).isTrue();
                        assertThat(declarables).filteredOn(Binding.class::isInstance).extracting(d -> (Binding) d)
                                .extracting(Binding::getDestination, Binding::getExchange, Binding::getRoutingKey)
                                .containsExactlyInAnyOrder(
                                        tuple("evaluation.handlings", "enrollment.events",
                                                "handling.completed.v1"),
                                        tuple("evaluation.handlings.dlq", Exchanges.DEAD_LETTER,
                                                "evaluation.handlings"));
                    });
        }

        @Test
        void shouldDeclareNothingWhenServiceNeitherProducesNorConsumes() {
            runner.run(context -> assertThat(context.getBean(Declarables.class).getDeclarables()).isEmpty());
        }

        private Queue queue(List<Declarable> declarables, String name) {
            return declarables.stream().filter(Queue.class::isInstance).map(Queue.class::cast)
                    .filter(queue -> queue.getName().equals(name)).findFirst().orElseThrow();
        }
    }

    @Nested
    class Retry {

        @Test
        void shouldNotRetryWhenMessageCannotBeConverted() {
            assertThat(MessagingAutoConfiguration.isPoison(
                    new ListenerExecutionFailedException("x", new MessageConversionException("bad json")))).isTrue();
            assertThat(MessagingAutoConfiguration.isPoison(new AmqpRejectAndDontRequeueException("handler said so"))).isTrue();
        }

        @Test
        void shouldRetryWhenHandlerFailsForAnotherReason() {
            assertThat(MessagingAutoConfiguration.isPoison(
                    new ListenerExecutionFailedException("x", new IllegalStateException("database away")))).isFalse();
        }
    }
}
