package org.chs.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.bson.Document;
import org.chs.contracts.EventEnvelope;
import org.chs.testsupport.infra.PlatformInfrastructure;
import org.chs.testsupport.infra.RabbitEndpoint;
import org.chs.testsupport.net.TcpProxy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


/**
 * The proof of the module: the application reaches RabbitMQ only through a {@link TcpProxy}; while events are being
 * produced through the outbox, the proxy first holds the broker's answers back (publishes arrive, their confirms do not)
 * and then cuts every connection for a few seconds. Afterwards every event must be in the consumer's store exactly once.
 */
@SpringBootTest(classes = MessagingTestApplication.class,
        properties = { "spring.application.name=connection-loss-it", "chs.messaging.relay.interval=100ms",
                "chs.messaging.relay.confirm-timeout=10s", "chs.messaging.consumer.recovery-interval=500ms",
                "chs.messaging.consumer.initial-interval=100ms", "chs.messaging.consumer.max-interval=1s" })
@Import({ BrokerConnectionLossIT.ThroughProxy.class, BrokerConnectionLossIT.Topology.class })
class BrokerConnectionLossIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String EXCHANGE = "it-loss-" + RUN + ".events";
    static final String QUEUE = "it-loss-" + RUN + ".shipments";
    static final int PARCELS = 100;
    static final int EVENTS = 2 * PARCELS;

    /** Lives as long as the test JVM, so the context's shutdown can still clean the broker up through it. */
    static final TcpProxy PROXY = TcpProxy.start(RabbitEndpoint.broker().host(), RabbitEndpoint.broker().port());

    @DynamicPropertySource
    static void names(DynamicPropertyRegistry registry) {
        registry.add("chs.messaging.exchange", () -> EXCHANGE);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ThroughProxy {

        @Bean
        MongoConnectionDetails mongoConnectionDetails() {
            return PlatformInfrastructure.freshMongo();
        }

        @Bean
        RabbitConnectionDetails rabbitConnectionDetails() {
            return PlatformInfrastructure.rabbitAt(PROXY.host(), PROXY.port());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Topology {

        @Bean
        ConsumerQueue shipments() {
            return ConsumerQueue.of(QUEUE, EXCHANGE, ParcelShipped.ROUTING_KEY);
        }

        @Bean
        ShipmentConsumer shipmentConsumer(IdempotentWriter writer) {
            return new ShipmentConsumer(writer);
        }

        @Bean
        BrokerCleanup brokerCleanup(AmqpAdmin admin) {
            return new BrokerCleanup(admin, List.of(QUEUE, QUEUE + ConsumerQueue.DLQ_SUFFIX), List.of(EXCHANGE));
        }
    }

    /** A consumer written the way a service writes one: its fact is keyed by the event id. */
    static class ShipmentConsumer {

        final AtomicInteger deliveries = new AtomicInteger();
        final AtomicInteger duplicatesIgnored = new AtomicInteger();
        private final IdempotentWriter writer;

        ShipmentConsumer(IdempotentWriter writer) {
            this.writer = writer;
        }

        @RabbitListener(queues = "#{@shipments.name()}")
        public void on(EventEnvelope<ParcelShipped> event) {
            deliveries.incrementAndGet();
            boolean stored = writer.insertOnce(new ReceivedEvent(event.eventId().toString(), event.payload().parcelId(),
                    event.payload().sequence()));
            if (!stored) {
                duplicatesIgnored.incrementAndGet();
            }
        }
    }

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ShipmentConsumer consumer;

    @Nested
    class BrokerUnreachableWhileProducing {

        @Test
        void shouldStoreEveryEventExactlyOnceWhenConnectionIsLostWithPublishesInFlight() throws Exception {
            Set<String> staged = ConcurrentHashMap.newKeySet();
            ExecutorService producer = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "test-producer"));
            long unconfirmedBefore = relay.stats().unconfirmed();
            int connectionsBefore = PROXY.connectionsForwarded();
            try {
                Future<?> production = producer.submit(() -> produce(staged));

                // in the middle: events flow end to end, and most are still to be produced
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                        .until(() -> staged.size() >= EVENTS / 4 && stored() > 0);
                PROXY.holdResponses();
                Thread.sleep(1_500); // the relay publishes, the broker routes, the confirms do not come back
                PROXY.cut();
                Thread.sleep(3_000); // every reconnection attempt is reset
                PROXY.restore();

                production.get(60, TimeUnit.SECONDS);
            } finally {
                PROXY.restore();
                producer.shutdownNow();
            }

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> stored() == EVENTS && pendingOutboxMessages() == 0);
            List<ReceivedEvent> facts = mongo.findAll(ReceivedEvent.class);
            assertThat(staged).hasSize(EVENTS);
            assertThat(facts).hasSize(EVENTS);
            assertThat(facts.stream().map(ReceivedEvent::eventId).collect(Collectors.toSet())).as("no event lost, none twice")
                    .isEqualTo(staged);
            assertThat(facts.stream().map(ReceivedEvent::sequence).collect(Collectors.toSet())).hasSize(EVENTS);
            assertThat(relay.stats().unconfirmed() - unconfirmedBefore)
                    .as("publishes in flight when the connection broke, so never confirmed, and sent again").isPositive();
            assertThat(PROXY.connectionsForwarded()).as("the application reconnected").isGreaterThan(connectionsBefore);
            assertThat(consumer.deliveries.get()).isGreaterThanOrEqualTo(EVENTS);
            assertThat(consumer.deliveries.get() - consumer.duplicatesIgnored.get()).isEqualTo(EVENTS);
            System.out.printf("%d events: %d deliveries, %d duplicates ignored by the consumer, %d publishes unconfirmed "
                    + "and sent again%n", EVENTS, consumer.deliveries.get(), consumer.duplicatesIgnored.get(),
                    relay.stats().unconfirmed() - unconfirmedBefore);
        }
    }

    /** Half the events register new parcels, half change parcels loaded again: saves that race the relay's $pull. */
    private void produce(Set<String> staged) {
        try {
            for (int i = 0; i < PARCELS; i++) {
                Parcel parcel = new Parcel("parcel-" + i, "REGISTERED");
                staged.add(outbox.stage(parcel, ParcelShipped.ROUTING_KEY, new ParcelShipped(parcel.id(), i), Instant.now())
                        .eventId().toString());
                mongo.save(parcel);
                Thread.sleep(15);
            }
            for (int i = 0; i < PARCELS; i++) {
                Parcel parcel = mongo.findById("parcel-" + i, Parcel.class);
                parcel.status("SHIPPED");
                staged.add(outbox.stage(parcel, ParcelShipped.ROUTING_KEY, new ParcelShipped(parcel.id(), PARCELS + i),
                        Instant.now()).eventId().toString());
                mongo.save(parcel);
                Thread.sleep(15);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int stored() {
        return mongo.findAll(ReceivedEvent.class).size();
    }

    private long pendingOutboxMessages() {
        return mongo.getCollection("parcels").find().into(new ArrayList<Document>()).stream()
                .mapToLong(parcel -> parcel.getList("outbox", Object.class, List.of()).size()).sum();
    }
}
