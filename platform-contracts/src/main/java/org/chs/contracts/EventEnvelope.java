package org.chs.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope every integration event travels in: who produced what, when, under which schema version.
 *
 * @param eventId       unique per event; consumers de-duplicate on it
 * @param type          the routing key, e.g. {@code handling.completed.v1}
 * @param occurredAt    when the business fact happened
 * @param producer      the producing application ({@code spring.application.name})
 * @param schemaVersion the payload's schema version, matching the routing key's {@code .vN}
 * @param payload       the event record
 */
public record EventEnvelope<T>(UUID eventId, String type, Instant occurredAt, String producer, int schemaVersion, T payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(payload, "payload");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be >= 1");
        }
    }

    /** Wraps a payload in a new envelope with a fresh id; the schema version is read from the routing key. */
    public static <T> EventEnvelope<T> wrap(String routingKey, String producer, Instant occurredAt, T payload) {
        return new EventEnvelope<>(UUID.randomUUID(), routingKey, occurredAt, producer, RoutingKeys.versionOf(routingKey), payload);
    }
}
