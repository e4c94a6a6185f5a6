package org.chs.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.chs.contracts.EventEnvelope;
import org.chs.testsupport.infra.PlatformInfrastructure;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Retry with backoff, then the dead-letter queue, with the platform's default listener container factory. */
@SpringBootTest(classes = MessagingTestApplication.class,
        properties = { "spring.application.name=dead-letter-it", "chs.messaging.relay.interval=50ms",
                "chs.messaging.consumer.max-attempts=3", "chs.messaging.consumer.initial-interval=200ms",
                "chs.messaging.consumer.multiplier=2", "chs.messaging.consumer.max-interval=1s" })
@Import({ PlatformInfrastructure.class, DeadLetterIT.Topology.class })
class DeadLetterIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String EXCHANGE = "it-dl-" + RUN + ".events";
    static final String FAILING = "it-dl-" + RUN + ".failing";
    static final String FLAKY = "it-dl-" + RUN + ".flaky";
    static final String REJECTED_KEY = "parcel.rejected.v1";

    @DynamicPropertySource
    static void names(DynamicPropertyRegistry registry) {
        registry.add("chs.messaging.exchange", () -> EXCHANGE);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        ConsumerQueue failing() {
            return ConsumerQueue.of(FAILING, EXCHANGE, REJECTED_KEY);
        }

        @Bean
        ConsumerQueue flaky() {
            return ConsumerQueue.of(FLAKY, EXCHANGE, ParcelShipped.ROUTING_KEY);
        }

        @Bean
        Listeners listeners(IdempotentWriter writer) {
            return new Listeners(writer);
        }

        @Bean
        BrokerCleanup brokerCleanup(AmqpAdmin admin) {
            return new BrokerCleanup(admin, List.of(FAILING, FAILING + ConsumerQueue.DLQ_SUFFIX, FLAKY,
                    FLAKY + ConsumerQueue.DLQ_SUFFIX), List.of(EXCHANGE));
        }
    }

    /** Handlers as a service writes them: no containerFactory attribute, the platform's factory is the default. */
    static class Listeners {

        final Map<String, List<Long>> failingAttempts = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> flakyAttempts = new ConcurrentHashMap<>();
        private final IdempotentWriter writer;

        Listeners(IdempotentWriter writer) {
            this.writer = writer;
        }

        @RabbitListener(queues = "#{@failing.name()}")
        public void alwaysFails(Message message) {
            failingAttempts.computeIfAbsent(message.getMessageProperties().getMessageId(), id -> new CopyOnWriteArrayList<>())
                    .add(System.nanoTime());
            throw new IllegalStateException("the handler always fails");
        }

        @RabbitListener(queues = "#{@flaky.name()}")
        public void failsOnce(EventEnvelope<ParcelShipped> event) {
            int attempt = flakyAttempts.computeIfAbsent(event.eventId().toString(), id -> new AtomicInteger()).incrementAndGet();
            if (attempt == 1) {
                throw new IllegalStateException("a transient failure");
            }
            writer.insertOnce(new ReceivedEvent(event.eventId().toString(), event.payload().parcelId(),
                    event.payload().sequence()));
        }
    }

    @Autowired
    Outbox outbox;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    Listeners listeners;
    @Autowired
    DeadLetteringRecoverer recoverer;

    @Nested
    class HandlerAlwaysFails {

        @Test
        void shouldDeadLetterAfterMaxAttemptsWithGrowingPausesWhenHandlerAlwaysThrows() {
            long deadLetteredBefore = recoverer.deadLettered();
            String eventId = stage(REJECTED_KEY);

            Message dead = awaitMessage(FAILING + ConsumerQueue.DLQ_SUFFIX);

            assertThat(dead.getMessageProperties().getMessageId()).isEqualTo(eventId);
            assertThat(dead.getMessageProperties().getXDeathHeader()).first()
                    .satisfies(death -> {
                        assertThat(death.get("reason")).hasToString("rejected");
                        assertThat(death.get("queue")).hasToString(FAILING);
                    });
            List<Long> attempts = listeners.failingAttempts.get(eventId);
            assertThat(attempts).hasSize(3);
            Duration firstPause = Duration.ofNanos(attempts.get(1) - attempts.get(0));
            Duration secondPause = Duration.ofNanos(attempts.get(2) - attempts.get(1));
            assertThat(firstPause).isGreaterThanOrEqualTo(Duration.ofMillis(180));
            assertThat(secondPause).isGreaterThanOrEqualTo(Duration.ofMillis(380)).isGreaterThan(firstPause);
            assertThat(recoverer.deadLettered()).isEqualTo(deadLetteredBefore + 1);
            assertThat(rabbit.receive(FAILING)).as("nothing left in the queue").isNull();
        }
    }

    @Nested
    class HandlerFailsOnce {

        @Test
        void shouldProcessOnceWithoutDeadLetteringWhenSecondAttemptSucceeds() {
            String eventId = stage(ParcelShipped.ROUTING_KEY);

            await().atMost(Duration.ofSeconds(10)).until(() -> mongo.findById(eventId, ReceivedEvent.class) != null);

            assertThat(listeners.flakyAttempts.get(eventId)).hasValue(2);
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                    .until(() -> listeners.flakyAttempts.get(eventId).get() == 2);
            assertThat(rabbit.receive(FLAKY + ConsumerQueue.DLQ_SUFFIX)).isNull();
        }
    }

    @Nested
    class UnreadableMessage {

        @Test
        void shouldDeadLetterAtOnceWhenBodyIsNotAnEnvelope() {
            String messageId = UUID.randomUUID().toString();
            MessageProperties properties = new MessageProperties();
            properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
            properties.setMessageId(messageId);
            rabbit.send(EXCHANGE, ParcelShipped.ROUTING_KEY, new Message("{not json".getBytes(StandardCharsets.UTF_8), properties));

            Message dead = awaitMessage(FLAKY + ConsumerQueue.DLQ_SUFFIX);

            assertThat(dead.getMessageProperties().getMessageId()).isEqualTo(messageId);
            assertThat(listeners.flakyAttempts).doesNotContainKey(messageId);
        }
    }

    private String stage(String routingKey) {
        Parcel parcel = new Parcel("p-" + UUID.randomUUID(), "SHIPPED");
        String eventId = outbox.stage(parcel, routingKey, new ParcelShipped(parcel.id(), 1), Instant.now()).eventId().toString();
        mongo.save(parcel);
        return eventId;
    }

    private Message awaitMessage(String queue) {
        AtomicReference<Message> received = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> received.updateAndGet(current -> current != null ? current : rabbit.receive(queue)) != null);
        return received.get();
    }
}
