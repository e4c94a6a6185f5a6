package org.chs.platform.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * An integration event waiting in an aggregate's outbox to be published: the serialised envelope and where it goes.
 *
 * <p>It is stored embedded in the aggregate's document, so staging it and the business change are one document write.
 * The event id is a string, not a {@link java.util.UUID}, because the relay removes the message with a raw {@code $pull}
 * on it: a string compares equal whatever UUID representation the driver is configured with.
 *
 * @param eventId    the envelope's event id; the AMQP message id, and the key consumers de-duplicate on
 * @param exchange   the topic exchange to publish to
 * @param routingKey the routing key, {@code <aggregate>.<event>.v<N>}
 * @param envelope   the {@link org.chs.contracts.EventEnvelope} as JSON, exactly the bytes that will be published
 * @param createdAt  when the message was staged
 */
public record OutboxMessage(String eventId, String exchange, String routingKey, String envelope, Instant createdAt) {

    /** Document field names, shared with the relay's raw queries. */
    static final String EVENT_ID = "eventId";
    static final String EXCHANGE = "exchange";
    static final String ROUTING_KEY = "routingKey";
    static final String ENVELOPE = "envelope";
    static final String CREATED_AT = "createdAt";

    public OutboxMessage {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(routingKey, "routingKey");
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(createdAt, "createdAt");
        if (eventId.isEmpty()) {
            // the relay's pending query is "outbox.eventId > ''": an empty id would never be found
            throw new IllegalArgumentException("eventId must not be empty");
        }
    }
}
