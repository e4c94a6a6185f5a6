package org.chs.platform.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.chs.contracts.EventEnvelope;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stages integration events in an aggregate's outbox, to be saved with the aggregate in one document write and published
 * later by the {@link OutboxRelay}.
 *
 * <p>Never "save, then send": a crash between the two loses the event; never "send, then save": a failed save publishes a
 * change that did not happen. Staging makes the event part of the change.
 */
public final class Outbox {

    private final JsonMapper json;
    private final String producer;
    private final String ownExchange;
    private final Clock clock;

    /**
     * @param json        the application's mapper, so events are serialised like every other JSON the service writes
     * @param producer    {@code spring.application.name}, written into every envelope
     * @param ownExchange the service's own topic exchange ({@code chs.messaging.exchange}), or {@code null} if it has none
     * @param clock       stamps {@link OutboxMessage#createdAt()}
     */
    public Outbox(JsonMapper json, String producer, String ownExchange, Clock clock) {
        this.json = Objects.requireNonNull(json, "json");
        this.producer = Objects.requireNonNull(producer, "producer");
        this.ownExchange = ownExchange == null || ownExchange.isBlank() ? null : ownExchange;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Wraps the payload in a new {@link EventEnvelope} and appends it to the aggregate's outbox, for the service's own
     * exchange ({@code chs.messaging.exchange}).
     *
     * @return the envelope, whose {@code eventId} is the message id consumers will see
     */
    public <T> EventEnvelope<T> stage(HasOutbox aggregate, String routingKey, T payload, Instant occurredAt) {
        if (ownExchange == null) {
            throw new IllegalStateException("chs.messaging.exchange is not set: name the exchange, or set the property");
        }
        return stage(aggregate, ownExchange, routingKey, payload, occurredAt);
    }

    /**
     * Wraps the payload in a new {@link EventEnvelope} and appends it to the aggregate's outbox for the given exchange.
     *
     * @return the envelope, whose {@code eventId} is the message id consumers will see
     */
    public <T> EventEnvelope<T> stage(HasOutbox aggregate, String exchange, String routingKey, T payload, Instant occurredAt) {
        Objects.requireNonNull(aggregate, "aggregate");
        List<OutboxMessage> outbox = aggregate.outbox();
        if (outbox == null) {
            throw new IllegalStateException(aggregate.getClass().getName()
                    + ".outbox() returned null: initialise the field to a mutable list (also when read from MongoDB)");
        }
        EventEnvelope<T> envelope = EventEnvelope.wrap(routingKey, producer, occurredAt, payload);
        outbox.add(toMessage(exchange, envelope));
        return envelope;
    }

    /** Serialises an envelope into an outbox message without staging it, for callers that build documents themselves. */
    public OutboxMessage toMessage(String exchange, EventEnvelope<?> envelope) {
        Objects.requireNonNull(exchange, "exchange");
        return new OutboxMessage(envelope.eventId().toString(), exchange, envelope.type(), json.writeValueAsString(envelope),
                clock.instant());
    }

    /** The producer name written into every envelope. */
    public String producer() {
        return producer;
    }
}
