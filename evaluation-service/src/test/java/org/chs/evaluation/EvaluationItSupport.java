package org.chs.evaluation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.chs.contracts.EventEnvelope;
import org.chs.contracts.Exchanges;
import org.chs.contracts.HandlingCompletedEvent;
import org.chs.contracts.ReviewTokenHash;
import org.chs.contracts.RoutingKeys;
import org.chs.testsupport.boot.PlatformServiceTest;
import org.chs.testsupport.jwt.TestTokens;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the evaluation ITs share: the running service on a random port with real MongoDB and RabbitMQ, HTTP calls with test
 * tokens, and publishing events into the producers' exchanges as their outbox relays would.
 */
@PlatformServiceTest
@Import(OwnQueues.class)
abstract class EvaluationItSupport {

    @DynamicPropertySource
    static void ownQueues(DynamicPropertyRegistry registry) {
        OwnQueues.register(registry);
        registry.add("chs.site-registry.url", SiteRegistryStub::url);
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final TestTokens TOKENS = TestTokens.shared();
    static final String ADMIN = TOKENS.user("admin", "agency-admin");
    static final String EVALUATOR_1 = TOKENS.user("evaluator-1", "site-evaluator");
    static final String EVALUATOR_2 = TOKENS.user("evaluator-2", "site-evaluator");

    @LocalServerPort
    int port;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin amqpAdmin;
    @Autowired
    JsonMapper json;

    /** A status, the raw body and the body as JSON (when it is JSON). */
    record Response(int status, String body, JsonNode json, HttpResponse<byte[]> raw) {
    }

    /** Unique per call: the broker and its durable queues are shared with every other test run. */
    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    Response get(String path, String token) {
        return send("GET", path, token, null);
    }

    Response post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    Response put(String path, String token, Object body) {
        return send("PUT", path, token, body);
    }

    Response send(String method, String path, String token, Object body) {
        return send(method, path, token, body, Map.of());
    }

    Response send(String method, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String text = new String(response.body(), StandardCharsets.UTF_8);
            JsonNode node = null;
            if (response.headers().firstValue("Content-Type").orElse("").contains("json") && !text.isBlank()) {
                node = json.readTree(text);
            }
            return new Response(response.statusCode(), text, node, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Publishes the envelope as a producer's relay does: JSON body, message id = event id. */
    void publish(String exchange, EventEnvelope<?> envelope) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setMessageId(envelope.eventId().toString());
        properties.setType(envelope.type());
        rabbit.send(exchange, envelope.type(), new Message(json.writeValueAsBytes(envelope), properties));
    }

    <T> EventEnvelope<T> envelope(String routingKey, String producer, T payload) {
        return EventEnvelope.wrap(routingKey, producer, Instant.now(), payload);
    }

    static HandlingCompletedEvent handling(String handlingId, String point, String channel, boolean instant, Instant queuedAt,
                                           Instant startedAt, Instant completedAt, String token) {
        return handling(handlingId, point, null, channel, instant, queuedAt, startedAt, completedAt, token);
    }

    /** A handling whose producer named the point ({@code servicePointName} may be {@code null}, as from older producers). */
    static HandlingCompletedEvent handling(String handlingId, String point, String pointName, String channel, boolean instant,
                                           Instant queuedAt, Instant startedAt, Instant completedAt, String token) {
        return new HandlingCompletedEvent(handlingId, "ENR-02", "参保信息变更登记", instant, point, "clerk-1", channel, queuedAt,
                startedAt, completedAt, "p-1", token == null ? null : ReviewTokenHash.of(token), "COMPLETED", "LIVE", pointName);
    }

    /** The handling as the handling kit sends it: its queue and start times are those of the queue ticket it claimed. */
    static HandlingCompletedEvent ticketed(HandlingCompletedEvent e) {
        return new HandlingCompletedEvent(e.handlingId(), e.itemCode(), e.itemName(), e.instant(), e.servicePointId(), e.operator(),
                e.channel(), e.queuedAt(), e.startedAt(), e.completedAt(), e.personId(), e.reviewTokenHash(), e.outcome(),
                e.authorisationSource(), e.servicePointName(), "tk-" + e.handlingId());
    }

    EventEnvelope<HandlingCompletedEvent> publishHandling(HandlingCompletedEvent event) {
        EventEnvelope<HandlingCompletedEvent> envelope = envelope(RoutingKeys.HANDLING_COMPLETED_V1, "enrollment-service", event);
        publish(Exchanges.ENROLLMENT, envelope);
        return envelope;
    }

    /** A queue of this test's own on the evaluation exchange, to see what the service publishes. */
    String listenToEvaluationEvents() {
        String name = unique("evaluation-it");
        // read with basic.get, which never triggers auto-delete: the broker drops it after 5 idle minutes instead
        amqpAdmin.declareQueue(QueueBuilder.nonDurable(name).expires(300_000).build());
        amqpAdmin.declareBinding(new Binding(name, Binding.DestinationType.QUEUE, Exchanges.EVALUATION, "#", null));
        return name;
    }
}
