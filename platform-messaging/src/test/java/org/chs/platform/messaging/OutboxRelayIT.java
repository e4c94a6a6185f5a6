package org.chs.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.chs.contracts.EventEnvelope;
import org.chs.testsupport.infra.PlatformInfrastructure;
import org.chs.testsupport.infra.RabbitEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The relay against the embedded MongoDB and the local broker; it runs only when the test calls {@code relayNow()}. */
@SpringBootTest(classes = MessagingTestApplication.class,
        properties = { "spring.application.name=relay-it", "chs.messaging.relay.enabled=false",
                "chs.messaging.relay.batch-size=50" })
@Import({ PlatformInfrastructure.class, OutboxRelayIT.Topology.class })
class OutboxRelayIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String EXCHANGE = "it-relay-" + RUN + ".events";
    static final String QUEUE = "it-relay-" + RUN + ".parcels";
    static final String UNBOUND_KEY = "parcel.lost.v1";

    @DynamicPropertySource
    static void names(DynamicPropertyRegistry registry) {
        registry.add("chs.messaging.exchange", () -> EXCHANGE);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        ConsumerQueue parcels() {
            return ConsumerQueue.of(QUEUE, EXCHANGE, ParcelShipped.ROUTING_KEY);
        }

        @Bean
        BrokerCleanup brokerCleanup(AmqpAdmin admin) {
            return new BrokerCleanup(admin, List.of(QUEUE, QUEUE + ConsumerQueue.DLQ_SUFFIX), List.of(EXCHANGE));
        }
    }

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    EnvelopeReader reader;
    @Autowired
    MongoMappingContext mappingContext;

    @BeforeEach
    void emptyQueueAndOutboxes() {
        admin.initialize();
        relay.relayNow();
        admin.purgeQueue(QUEUE, false);
    }

    @Nested
    class StagedEvents {

        @Test
        void shouldPublishOnceAndRemoveFromOutboxWhenBrokerConfirms() {
            Parcel parcel = new Parcel("p-" + UUID.randomUUID(), "SHIPPED");
            EventEnvelope<ParcelShipped> first = outbox.stage(parcel, ParcelShipped.ROUTING_KEY,
                    new ParcelShipped(parcel.id(), 1), Instant.parse("2026-05-15T08:30:00Z"));
            EventEnvelope<ParcelShipped> second = outbox.stage(parcel, ParcelShipped.ROUTING_KEY,
                    new ParcelShipped(parcel.id(), 2), Instant.parse("2026-05-15T08:31:00Z"));
            mongo.save(parcel);

            int confirmed = relay.relayNow();

            assertThat(confirmed).isEqualTo(2);
            assertThat(mongo.findById(parcel.id(), Parcel.class).outbox()).isEmpty();
            List<Message> received = drain(QUEUE);
            assertThat(received).hasSize(2);
            Message message = received.get(0);
            assertThat(message.getMessageProperties().getMessageId()).isEqualTo(first.eventId().toString());
            assertThat(message.getMessageProperties().getType()).isEqualTo(ParcelShipped.ROUTING_KEY);
            assertThat(message.getMessageProperties().getContentType()).isEqualTo("application/json");
            assertThat(message.getMessageProperties().getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
            assertThat(message.getMessageProperties().getAppId()).isEqualTo("relay-it");
            assertThat(reader.read(message, ParcelShipped.class)).isEqualTo(first);
            assertThat(reader.read(received.get(1), ParcelShipped.class)).isEqualTo(second);
            assertThat(relay.relayNow()).as("nothing left to publish").isZero();
        }

        @Test
        void shouldPublishFromEveryOutboxCollectionWhenSeveralAggregateTypesExist() {
            Crate crate = new Crate("c-" + UUID.randomUUID());
            outbox.stage(crate, ParcelShipped.ROUTING_KEY, new ParcelShipped("in-crate", 1), Instant.now());
            mongo.save(crate);
            Parcel parcel = new Parcel("p-" + UUID.randomUUID(), "SHIPPED");
            outbox.stage(parcel, ParcelShipped.ROUTING_KEY, new ParcelShipped(parcel.id(), 1), Instant.now());
            mongo.save(parcel);

            assertThat(relay.relayNow()).isEqualTo(2);

            assertThat(drain(QUEUE)).hasSize(2);
            assertThat(mongo.getCollection("crates").find().first().getList("pendingEvents", Object.class)).isEmpty();
        }

        @Test
        void shouldDrainMoreThanOneBatchWhenManyDocumentsArePending() {
            for (int i = 0; i < 120; i++) {
                Parcel parcel = new Parcel("p-" + i + "-" + UUID.randomUUID(), "SHIPPED");
                outbox.stage(parcel, ParcelShipped.ROUTING_KEY, new ParcelShipped(parcel.id(), i), Instant.now());
                mongo.save(parcel);
            }

            assertThat(relay.relayNow()).isEqualTo(120);

            assertThat(drain(QUEUE)).hasSize(120);
        }

        @Test
        void shouldCountUnroutableAsPublishedWhenNoQueueIsBound() {
            long unroutableBefore = relay.stats().unroutable();
            Parcel parcel = new Parcel("p-" + UUID.randomUUID(), "LOST");
            outbox.stage(parcel, UNBOUND_KEY, new ParcelShipped(parcel.id(), 1), Instant.now());
            mongo.save(parcel);

            assertThat(relay.relayNow()).isEqualTo(1);

            assertThat(relay.stats().unroutable()).isEqualTo(unroutableBefore + 1);
            assertThat(mongo.findById(parcel.id(), Parcel.class).outbox()).isEmpty();
        }
    }

    @Nested
    class ConcurrentChanges {

        @Test
        void shouldNotFailNextSaveWhenRelayRemovedMessagesInBetween() {
            Parcel parcel = new Parcel("p-" + UUID.randomUUID(), "REGISTERED");
            outbox.stage(parcel, ParcelShipped.ROUTING_KEY, new ParcelShipped(parcel.id(), 1), Instant.now());
            mongo.save(parcel);
            Parcel loadedBeforeRelay = mongo.findById(parcel.id(), Parcel.class);

            relay.relayNow();
            loadedBeforeRelay.status("SHIPPED");
            outbox.stage(loadedBeforeRelay, ParcelShipped.ROUTING_KEY, new ParcelShipped(parcel.id(), 2), Instant.now());

            assertThatCode(() -> mongo.save(loadedBeforeRelay)).doesNotThrowAnyException();
            Parcel stored = mongo.findById(parcel.id(), Parcel.class);
            assertThat(stored.status()).isEqualTo("SHIPPED");
            assertThat(stored.version()).isEqualTo(1L);
            // the stale copy wrote the sent message back: it goes out once more, which consumers de-duplicate
            assertThat(stored.outbox()).hasSize(2);
            assertThat(relay.relayNow()).isEqualTo(2);
            List<String> ids = drain(QUEUE).stream().map(m -> m.getMessageProperties().getMessageId()).toList();
            assertThat(ids).hasSize(3);
            assertThat(new HashSet<>(ids)).hasSize(2);
        }

        @Test
        void shouldKeepMessagesStagedAfterRelayReadWhenRelayRemovesConfirmedOnes() {
            Parcel parcel = new Parcel("p-" + UUID.randomUUID(), "REGISTERED");
            outbox.stage(parcel, ParcelShipped.ROUTING_KEY, new ParcelShipped(parcel.id(), 1), Instant.now());
            mongo.save(parcel);
            relay.relayNow();
            Parcel loaded = mongo.findById(parcel.id(), Parcel.class);
            outbox.stage(loaded, ParcelShipped.ROUTING_KEY, new ParcelShipped(parcel.id(), 2), Instant.now());
            mongo.save(loaded);

            assertThat(relay.relayNow()).isEqualTo(1);

            assertThat(mongo.findById(parcel.id(), Parcel.class).outbox()).isEmpty();
        }

        @Test
        void shouldLoseNothingWhenTwoRelaysRunAtOnce() throws Exception {
            Set<String> staged = new HashSet<>();
            for (int i = 0; i < 60; i++) {
                Parcel parcel = new Parcel("p-" + i + "-" + UUID.randomUUID(), "SHIPPED");
                staged.add(outbox.stage(parcel, ParcelShipped.ROUTING_KEY, new ParcelShipped(parcel.id(), i), Instant.now())
                        .eventId().toString());
                mongo.save(parcel);
            }
            OutboxRelay secondReplica = secondRelay();
            try {
                CompletableFuture<Integer> one = CompletableFuture.supplyAsync(relay::relayNow);
                CompletableFuture<Integer> two = CompletableFuture.supplyAsync(secondReplica::relayNow);

                assertThat(one.get() + two.get()).isGreaterThanOrEqualTo(60);
            } finally {
                secondReplica.destroy();
            }

            List<String> ids = drain(QUEUE).stream().map(m -> m.getMessageProperties().getMessageId()).toList();
            assertThat(new HashSet<>(ids)).isEqualTo(staged);
            assertThat(mongo.findAll(Parcel.class)).allSatisfy(p -> assertThat(p.outbox()).isEmpty());
        }

        private OutboxRelay secondRelay() {
            RabbitEndpoint.Broker broker = RabbitEndpoint.broker();
            CachingConnectionFactory factory = new CachingConnectionFactory(broker.host(), broker.port());
            factory.setUsername(broker.username());
            factory.setPassword(broker.password());
            return new OutboxRelay(mongo, mappingContext, new ConfirmingPublisher(factory),
                    new MessagingProperties(null, null, null, null).relay(), "relay-it-replica-2");
        }
    }

    @Nested
    class BrokerRefusals {

        @Test
        void shouldKeepMessageAndPublishOthersWhenItsExchangeCannotBeDeclared() {
            String direct = "it-relay-" + RUN + ".direct";
            admin.declareExchange(new DirectExchange(direct, false, true));
            try {
                Parcel stuck = new Parcel("p-" + UUID.randomUUID(), "STUCK");
                outbox.stage(stuck, direct, ParcelShipped.ROUTING_KEY, new ParcelShipped(stuck.id(), 1), Instant.now());
                mongo.save(stuck);
                Parcel fine = new Parcel("p-" + UUID.randomUUID(), "FINE");
                outbox.stage(fine, ParcelShipped.ROUTING_KEY, new ParcelShipped(fine.id(), 1), Instant.now());
                mongo.save(fine);

                assertThat(relay.relayNow()).isEqualTo(1);

                assertThat(mongo.findById(stuck.id(), Parcel.class).outbox()).hasSize(1);
                assertThat(mongo.findById(fine.id(), Parcel.class).outbox()).isEmpty();
                mongo.remove(mongo.findById(stuck.id(), Parcel.class));
            } finally {
                admin.deleteExchange(direct);
            }
        }
    }

    /** A confirm means the broker has put the message in every bound queue, so basic.get without waiting sees them all. */
    private List<Message> drain(String queue) {
        List<Message> messages = new ArrayList<>();
        Message message;
        while ((message = rabbit.receive(queue)) != null) {
            messages.add(message);
        }
        return messages;
    }
}
