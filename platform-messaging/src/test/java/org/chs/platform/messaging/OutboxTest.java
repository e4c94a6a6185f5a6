package org.chs.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.chs.contracts.EventEnvelope;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.support.converter.MessageConversionException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OutboxTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-05-15T08:30:05Z");
    private static final Instant OCCURRED = Instant.parse("2026-05-15T08:30:00Z");

    private final Outbox outbox = new Outbox(JSON, "enrollment-service", "enrollment.events", Clock.fixed(NOW, ZoneOffset.UTC));
    private final EnvelopeReader reader = new EnvelopeReader(JSON);

    @Nested
    class Staging {

        @Test
        void shouldAppendMessageForOwnExchangeWhenStagedWithoutExchange() {
            Parcel parcel = new Parcel("p-1", "SHIPPED");

            EventEnvelope<ParcelShipped> envelope = outbox.stage(parcel, ParcelShipped.ROUTING_KEY, new ParcelShipped("p-1", 7),
                    OCCURRED);

            assertThat(parcel.outbox()).singleElement().satisfies(message -> {
                assertThat(message.eventId()).isEqualTo(envelope.eventId().toString());
                assertThat(message.exchange()).isEqualTo("enrollment.events");
                assertThat(message.routingKey()).isEqualTo(ParcelShipped.ROUTING_KEY);
                assertThat(message.createdAt()).isEqualTo(NOW);
            });
            assertThat(envelope.producer()).isEqualTo("enrollment-service");
            assertThat(envelope.type()).isEqualTo(ParcelShipped.ROUTING_KEY);
            assertThat(envelope.schemaVersion()).isEqualTo(1);
            assertThat(envelope.occurredAt()).isEqualTo(OCCURRED);
        }

        @Test
        void shouldKeepStagingOrderWhenSeveralEventsStaged() {
            Parcel parcel = new Parcel("p-1", "SHIPPED");

            EventEnvelope<ParcelShipped> first = outbox.stage(parcel, "other.events", ParcelShipped.ROUTING_KEY,
                    new ParcelShipped("p-1", 1), OCCURRED);
            EventEnvelope<ParcelShipped> second = outbox.stage(parcel, ParcelShipped.ROUTING_KEY, new ParcelShipped("p-1", 2),
                    OCCURRED);

            assertThat(parcel.outbox()).extracting(OutboxMessage::eventId)
                    .containsExactly(first.eventId().toString(), second.eventId().toString());
            assertThat(parcel.outbox()).extracting(OutboxMessage::exchange).containsExactly("other.events", "enrollment.events");
            assertThat(first.eventId()).isNotEqualTo(second.eventId());
        }

        @Test
        void shouldFailWhenNoOwnExchangeIsConfigured() {
            Outbox consumerOnly = new Outbox(JSON, "evaluation-service", null, Clock.systemUTC());

            assertThatIllegalStateException()
                    .isThrownBy(() -> consumerOnly.stage(new Parcel("p-1", "S"), ParcelShipped.ROUTING_KEY,
                            new ParcelShipped("p-1", 1), OCCURRED))
                    .withMessageContaining("chs.messaging.exchange");
        }

        @Test
        void shouldFailWhenAggregateOutboxIsNull() {
            HasOutbox broken = () -> null;

            assertThatIllegalStateException()
                    .isThrownBy(() -> outbox.stage(broken, ParcelShipped.ROUTING_KEY, new ParcelShipped("p-1", 1), OCCURRED))
                    .withMessageContaining("outbox() returned null");
        }

        @Test
        void shouldRejectRoutingKeyWithoutVersion() {
            assertThatIllegalArgumentException().isThrownBy(
                    () -> outbox.stage(new Parcel("p-1", "S"), "parcel.shipped", new ParcelShipped("p-1", 1), OCCURRED));
        }
    }

    @Nested
    class Serialisation {

        @Test
        void shouldStoreEnvelopeJsonThatReadsBackEqualWhenStaged() {
            Parcel parcel = new Parcel("p-1", "SHIPPED");
            EventEnvelope<ParcelShipped> envelope = outbox.stage(parcel, ParcelShipped.ROUTING_KEY, new ParcelShipped("p-1", 7),
                    OCCURRED);
            String json = parcel.outbox().get(0).envelope();

            JsonNode tree = JSON.readTree(json);
            assertThat(tree.get("eventId").asString()).isEqualTo(envelope.eventId().toString());
            assertThat(tree.get("occurredAt").asString()).isEqualTo("2026-05-15T08:30:00Z");
            assertThat(tree.get("payload").get("sequence").asInt()).isEqualTo(7);
            assertThat(reader.read(json, ParcelShipped.class)).isEqualTo(envelope);
        }

        @Test
        void shouldFailAsConversionErrorWhenBodyIsNotAnEnvelope() {
            assertThatThrownBy(() -> reader.read("{\"eventId\":\"x\"}", ParcelShipped.class))
                    .isInstanceOf(MessageConversionException.class);
            assertThatThrownBy(() -> reader.read("{not json", ParcelShipped.class))
                    .isInstanceOf(MessageConversionException.class);
        }
    }

    @Nested
    class Messages {

        @Test
        void shouldRejectEmptyEventIdBecauseRelayCouldNotFindIt() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new OutboxMessage("", "x.events", ParcelShipped.ROUTING_KEY, "{}", NOW));
        }

        @Test
        void shouldNameDeadLetterQueueAfterQueueWhenConsumerQueueDeclared() {
            ConsumerQueue queue = ConsumerQueue.of("evaluation.handlings", "enrollment.events", "handling.completed.v1");

            assertThat(queue.deadLetterQueue()).isEqualTo("evaluation.handlings.dlq");
            assertThat(queue.routingKeys()).isEqualTo(List.of("handling.completed.v1"));
        }

        @Test
        void shouldRejectConsumerQueueWithoutRoutingKeys() {
            assertThatIllegalArgumentException().isThrownBy(() -> ConsumerQueue.of("evaluation.handlings", "enrollment.events"));
        }
    }
}
