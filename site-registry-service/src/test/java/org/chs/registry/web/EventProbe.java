package org.chs.registry.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listens on an exchange of the shared broker through a private auto-delete queue, so a test can see the events the service
 * actually published (through its outbox and relay), whatever else runs on the broker.
 */
public final class EventProbe implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RabbitTemplate rabbit;
    private final AmqpAdmin admin;
    /** Not exclusive: an exclusive queue dies with the connection that declared it, and the template may reconnect. */
    private final Queue queue = new Queue("site-registry.it-probe-" + UUID.randomUUID(), false, false, false);
    private final List<JsonNode> seen = new ArrayList<>();

    public EventProbe(RabbitTemplate rabbit, AmqpAdmin admin, String exchange) {
        this.rabbit = rabbit;
        this.admin = admin;
        admin.declareQueue(queue);
        Binding binding = BindingBuilder.bind(queue).to(new TopicExchange(exchange, true, false)).with("#");
        admin.declareBinding(binding);
    }

    /** The first envelope of this type whose payload matches, waiting up to {@code timeout}. */
    public JsonNode await(String type, Predicate<JsonNode> payload, Duration timeout) {
        return find(type, payload, timeout).orElseThrow(() -> new AssertionError("No " + type + " event matched within " + timeout
                + "; seen: " + seen.stream().map(n -> n.get("type").asString()).toList()));
    }

    public Optional<JsonNode> find(String type, Predicate<JsonNode> payload, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<JsonNode> match = seen.stream().filter(e -> type.equals(e.get("type").asString()) && payload.test(e.get("payload")))
                    .findFirst();
            if (match.isPresent() || Instant.now().isAfter(deadline)) {
                return match;
            }
            Message message = rabbit.receive(queue.getName(), 250);
            if (message != null) {
                seen.add(JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8)));
            }
        }
    }

    /** How many envelopes of this type matching the payload have been seen, after draining for {@code quiet}. */
    public long count(String type, Predicate<JsonNode> payload, Duration quiet) {
        find("no-such-type", p -> false, quiet);
        return seen.stream().filter(e -> type.equals(e.get("type").asString()) && payload.test(e.get("payload"))).count();
    }

    @Override
    public void close() {
        admin.deleteQueue(queue.getName());
    }
}
