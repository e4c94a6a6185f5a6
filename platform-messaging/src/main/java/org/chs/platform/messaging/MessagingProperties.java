package org.chs.platform.messaging;

import java.time.Duration;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform's messaging ({@code chs.messaging.*}): the service's own exchange, the outbox relay and the
 * consumers' retry.
 *
 * @param producer the producer name in every envelope; defaults to {@code spring.application.name}
 * @param exchange the service's own topic exchange (e.g. {@code enrollment.events}), declared durable at startup and used by
 *                 {@link Outbox#stage(HasOutbox, String, Object, java.time.Instant)}; unset for a service that only consumes
 * @param relay    the outbox relay
 * @param consumer the listener containers
 */
@ConfigurationProperties("chs.messaging")
public record MessagingProperties(String producer, String exchange, @DefaultValue Relay relay, @DefaultValue Consumer consumer) {

    public MessagingProperties {
        relay = relay == null ? new Relay(true, Duration.ofMillis(500), 100, Duration.ofSeconds(10), true) : relay;
        consumer = consumer == null
                ? new Consumer(4, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(10), Duration.ofSeconds(5))
                : consumer;
    }

    /**
     * The outbox relay.
     *
     * @param enabled        whether it polls on its own; when {@code false} only {@link OutboxRelay#relayNow()} publishes
     * @param interval       pause between two polls
     * @param batchSize      documents read per collection and poll; a full batch is followed at once by the next
     * @param confirmTimeout how long to wait for the broker's confirms; an unconfirmed message stays and is sent again
     * @param createIndexes  whether to create the index on {@code outbox.eventId} that keeps the pending query cheap
     */
    public record Relay(@DefaultValue("true") boolean enabled, @DefaultValue("500ms") Duration interval,
                        @DefaultValue("100") int batchSize, @DefaultValue("10s") Duration confirmTimeout,
                        @DefaultValue("true") boolean createIndexes) {

        public Relay {
            requirePositive(interval, "chs.messaging.relay.interval");
            requirePositive(confirmTimeout, "chs.messaging.relay.confirm-timeout");
            if (batchSize < 1) {
                throw new IllegalArgumentException("chs.messaging.relay.batch-size must be at least 1");
            }
        }
    }

    /**
     * Retry of a failing listener, in-process with exponential backoff, before the message is rejected to its dead-letter
     * queue.
     *
     * @param maxAttempts      deliveries to the handler in all, the first included
     * @param initialInterval  pause after the first failure
     * @param multiplier       growth of the pause after each further failure
     * @param maxInterval      cap of the pause
     * @param recoveryInterval pause before a consumer whose connection broke tries again
     */
    public record Consumer(@DefaultValue("4") int maxAttempts, @DefaultValue("1s") Duration initialInterval,
                           @DefaultValue("2.0") double multiplier, @DefaultValue("10s") Duration maxInterval,
                           @DefaultValue("5s") Duration recoveryInterval) {

        public Consumer {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("chs.messaging.consumer.max-attempts must be at least 1");
            }
            if (multiplier < 1.0) {
                throw new IllegalArgumentException("chs.messaging.consumer.multiplier must be at least 1.0");
            }
            requirePositive(initialInterval, "chs.messaging.consumer.initial-interval");
            requirePositive(maxInterval, "chs.messaging.consumer.max-interval");
            requirePositive(recoveryInterval, "chs.messaging.consumer.recovery-interval");
            if (maxInterval.compareTo(initialInterval) < 0) {
                throw new IllegalArgumentException("chs.messaging.consumer.max-interval must not be below initial-interval");
            }
        }
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
