package org.chs.platform.messaging;

import java.util.List;
import java.util.Objects;

import org.chs.contracts.Exchanges;

/**
 * A consumer's durable queue for one event family, bound to a producer's exchange, with its dead-letter queue.
 *
 * <p>Declare one as a bean; the auto-configuration declares on the broker: the producer's durable topic exchange, the queue
 * (durable, {@code x-dead-letter-exchange = chs.dead-letter}, {@code x-dead-letter-routing-key = <name>}), one binding per
 * routing key, the direct exchange {@value Exchanges#DEAD_LETTER} and {@code <name>.dlq} bound to it with key {@code <name>}.
 *
 * <pre>{@code
 * @Bean
 * ConsumerQueue handlings() {
 *     return ConsumerQueue.of("evaluation.handlings", Exchanges.ENROLLMENT, RoutingKeys.HANDLING_COMPLETED_V1);
 * }
 * }</pre>
 *
 * @param name        the queue, {@code <consumer>.<family>}, e.g. {@code evaluation.handlings}
 * @param exchange    the producer's topic exchange
 * @param routingKeys the routing keys (topic patterns allowed) to bind
 */
public record ConsumerQueue(String name, String exchange, List<String> routingKeys) {

    /** Suffix of a queue's dead-letter queue. */
    public static final String DLQ_SUFFIX = ".dlq";

    public ConsumerQueue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(exchange, "exchange");
        if (name.isBlank() || exchange.isBlank()) {
            throw new IllegalArgumentException("queue and exchange names must not be blank");
        }
        routingKeys = List.copyOf(routingKeys);
        if (routingKeys.isEmpty()) {
            throw new IllegalArgumentException("a consumer queue needs at least one routing key: " + name);
        }
    }

    public static ConsumerQueue of(String name, String exchange, String... routingKeys) {
        return new ConsumerQueue(name, exchange, List.of(routingKeys));
    }

    /** {@code <name>.dlq}, where messages go after the last failed attempt. */
    public String deadLetterQueue() {
        return name + DLQ_SUFFIX;
    }
}
