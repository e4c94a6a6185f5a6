package org.chs.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

import com.rabbitmq.client.ShutdownSignalException;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes the messages waiting in the outboxes of all {@link HasOutbox} aggregates, with publisher confirms, and removes
 * each from its document only once the broker has confirmed it.
 *
 * <p>Guarantees: at least once, nothing lost. A message leaves its outbox only after a positive confirm, by an atomic
 * {@code $pull} on its event id that touches nothing else of the document — in particular not {@code @Version}, so the
 * application's next save of a copy it loaded earlier still succeeds. That save may write back a message the relay has just
 * removed; it is then published again, which is harmless because delivery is at-least-once anyway and consumers
 * de-duplicate on the event id. For the same reason two relays (two replicas) may run at once: both may publish a message,
 * neither loses one. No leader election is needed.
 *
 * <p>Unroutable messages (confirmed by the broker but returned because no queue is bound for their routing key) count as
 * published: the broker accepted them and there is nobody to deliver them to — an event nobody subscribes to yet is
 * normal, and keeping it would grow the outbox for ever. They are logged once per exchange and routing key and counted in
 * {@code chs.outbox.unroutable}. A consumer therefore declares its queue (see {@link ConsumerQueue}) before it relies on
 * events; events from before its queue existed are not replayed.
 *
 * <p>Order: the messages of one document are sent in outbox order; a message that is sent again after a failed confirm
 * can arrive after later ones. Consumers must not rely on order across events.
 */
public final class OutboxRelay implements SmartLifecycle, MeterBinder, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private static final String INDEX_NAME = "outbox_pending";

    /**
     * What the relay did since it started.
     *
     * @param published   messages confirmed by the broker and removed from their outboxes
     * @param unconfirmed messages that left the relay but were not confirmed (nack, timeout, connection lost in flight);
     *                    they stay in their outboxes and are sent again
     * @param unroutable  confirmed messages that no queue was bound for (included in {@code published})
     * @param pendingSeen messages found pending at the last poll (at most batch-size documents per collection)
     */
    public record Stats(long published, long unconfirmed, long unroutable, int pendingSeen) {
    }

    /** A collection of {@link HasOutbox} documents and the field its outbox is stored in. */
    private record OutboxCollection(String name, String field) {
    }

    private final MongoOperations mongo;
    private final MongoMappingContext mappingContext;
    private final ConfirmingPublisher publisher;
    private final MessagingProperties.Relay settings;
    private final String producer;

    private final ReentrantLock passLock = new ReentrantLock();
    private final Set<String> indexedCollections = ConcurrentHashMap.newKeySet();
    private final Set<String> declaredExchanges = ConcurrentHashMap.newKeySet();
    private final Set<String> undeclarable = ConcurrentHashMap.newKeySet();
    private final Set<String> warnedUnroutable = ConcurrentHashMap.newKeySet();
    private final Set<Class<?>> warnedWithoutField = ConcurrentHashMap.newKeySet();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong unconfirmed = new AtomicLong();
    private final AtomicLong unroutable = new AtomicLong();
    private final AtomicInteger pendingSeen = new AtomicInteger();

    private volatile boolean brokerTrouble;
    private volatile ScheduledExecutorService scheduler;

    OutboxRelay(MongoOperations mongo, MongoMappingContext mappingContext, ConfirmingPublisher publisher,
                MessagingProperties.Relay settings, String producer) {
        this.mongo = mongo;
        this.mappingContext = mappingContext;
        this.publisher = publisher;
        this.settings = settings;
        this.producer = producer;
    }

    /**
     * Publishes everything pending now, in the calling thread, until the outboxes are empty or the broker fails; for tests
     * and for an immediate flush. Waits for a poll that is running.
     *
     * @return the number of messages confirmed by the broker
     */
    public int relayNow() {
        passLock.lock();
        try {
            int total = 0;
            while (true) {
                Pass pass = pass();
                total += pass.confirmed;
                // go on only while full batches make progress: stuck messages alone must not spin this loop
                if (!pass.fullBatch || pass.failed || pass.confirmed == 0) {
                    return total;
                }
            }
        } finally {
            passLock.unlock();
        }
    }

    public Stats stats() {
        return new Stats(published.get(), unconfirmed.get(), unroutable.get(), pendingSeen.get());
    }

    private record Pass(int confirmed, boolean fullBatch, boolean failed) {
    }

    private Pass pass() {
        int confirmed = 0;
        int seen = 0;
        boolean fullBatch = false;
        boolean failed = false;
        for (OutboxCollection collection : collections()) {
            ensureIndex(collection);
            List<Document> documents = pendingDocuments(collection);
            fullBatch |= documents.size() >= settings.batchSize();
            List<OutboxMessage> messages = new ArrayList<>();
            Map<String, Object> documentOf = new LinkedHashMap<>();
            for (Document document : documents) {
                for (OutboxMessage message : outboxOf(document, collection)) {
                    messages.add(message);
                    documentOf.put(message.eventId(), document.get("_id"));
                }
            }
            seen += messages.size();
            if (messages.isEmpty()) {
                continue;
            }
            Outcome outcome = publish(messages);
            remove(collection, outcome.confirmed, documentOf);
            confirmed += outcome.confirmed.size();
            if (outcome.failed) {
                failed = true;
                break; // the broker is in trouble: the next poll tries again
            }
        }
        pendingSeen.set(seen);
        return new Pass(confirmed, fullBatch, failed);
    }

    private record Outcome(List<String> confirmed, boolean failed) {
    }

    private Outcome publish(List<OutboxMessage> candidates) {
        Set<String> usable = new HashSet<>();
        boolean brokerDown = false;
        for (String exchange : candidates.stream().map(OutboxMessage::exchange).distinct().toList()) {
            Declaration declaration = declare(exchange);
            if (declaration == Declaration.DONE) {
                usable.add(exchange);
            } else if (declaration == Declaration.BROKER_DOWN) {
                brokerDown = true;
                break;
            }
        }
        List<OutboxMessage> messages = brokerDown ? List.of()
                : candidates.stream().filter(message -> usable.contains(message.exchange())).toList();
        List<ConfirmingPublisher.Sent> sent = new ArrayList<>(messages.size());
        Map<ConfirmingPublisher.Sent, Boolean> acked = new LinkedHashMap<>();
        long deadline = System.nanoTime() + settings.confirmTimeout().toNanos();
        Runnable awaitConfirms = () -> sent.forEach(one -> acked.computeIfAbsent(one, s -> awaitAck(s, deadline)));
        boolean failed = brokerDown;
        try {
            if (!messages.isEmpty()) {
                publisher.sendAll(messages, this::toAmqp, sent::add, awaitConfirms);
            }
        } catch (AmqpException e) {
            failed = true;
            declaredExchanges.clear(); // after a broken connection, make sure again
            brokerFailed(e);
        }
        awaitConfirms.run(); // those sent before a send failed: their confirms or nacks still come
        List<String> confirmed = new ArrayList<>(sent.size());
        for (ConfirmingPublisher.Sent one : sent) {
            if (acked.get(one)) {
                confirmed.add(one.message().eventId());
            } else {
                failed = true;
            }
        }
        published.addAndGet(confirmed.size());
        unconfirmed.addAndGet(sent.size() - confirmed.size());
        if (!failed && brokerTrouble) {
            brokerTrouble = false;
            log.info("Outbox relay publishes again; confirmed {} messages", confirmed.size());
        }
        return new Outcome(confirmed, failed);
    }

    private enum Declaration { DONE, REFUSED, BROKER_DOWN }

    private Declaration declare(String exchange) {
        if (declaredExchanges.contains(exchange)) {
            return Declaration.DONE;
        }
        try {
            publisher.declareTopicExchange(exchange);
            declaredExchanges.add(exchange);
            undeclarable.remove(exchange);
            return Declaration.DONE;
        } catch (AmqpException e) {
            if (!isChannelError(e)) {
                brokerFailed(e);
                return Declaration.BROKER_DOWN;
            }
            // e.g. the name is taken by an exchange of another type: its messages wait, the others go
            if (undeclarable.add(exchange)) {
                log.error("Cannot declare topic exchange '{}'; its messages stay in their outboxes: {}", exchange,
                        rootCause(e).toString());
            }
            return Declaration.REFUSED;
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The broker refused an operation on a channel (a soft error), as opposed to a broken or refused connection. */
    private static boolean isChannelError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ShutdownSignalException signal) {
                return !signal.isHardError();
            }
        }
        return false;
    }

    private boolean awaitAck(ConfirmingPublisher.Sent sent, long deadline) {
        CorrelationData correlation = sent.correlation();
        try {
            CorrelationData.Confirm confirm = correlation.getFuture()
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (!confirm.ack()) {
                brokerFailed("broker did not confirm " + sent.message().eventId() + ": " + confirm.reason());
                return false;
            }
            if (correlation.getReturned() != null) {
                noteUnroutable(sent.message(), correlation.getReturned().getReplyText());
            }
            return true;
        } catch (TimeoutException e) {
            brokerFailed("no confirm for " + sent.message().eventId() + " within " + settings.confirmTimeout());
            return false;
        } catch (ExecutionException e) {
            brokerFailed("confirm of " + sent.message().eventId() + " failed: " + e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void noteUnroutable(OutboxMessage message, String replyText) {
        unroutable.incrementAndGet();
        String key = message.exchange() + " " + message.routingKey();
        if (warnedUnroutable.add(key)) {
            log.warn("Event {} to exchange '{}' with routing key '{}' was unroutable ({}): no queue is bound for it. "
                    + "Counted as published; further ones are counted in chs.outbox.unroutable, not logged.",
                    message.eventId(), message.exchange(), message.routingKey(), replyText);
        } else {
            log.debug("Event {} to '{}' '{}' was unroutable", message.eventId(), message.exchange(), message.routingKey());
        }
    }

    private void brokerFailed(Object cause) {
        if (!brokerTrouble) {
            brokerTrouble = true;
            log.warn("Outbox relay cannot publish, messages stay in their outboxes and are sent again: {}",
                    cause instanceof Throwable t ? t.toString() : cause);
        } else {
            log.debug("Outbox relay still cannot publish: {}", cause);
        }
    }

    private Message toAmqp(OutboxMessage message) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setMessageId(message.eventId());
        properties.setType(message.routingKey());
        properties.setAppId(producer);
        properties.setTimestamp(Date.from(message.createdAt()));
        return new Message(message.envelope().getBytes(StandardCharsets.UTF_8), properties);
    }

    private void remove(OutboxCollection collection, List<String> confirmed, Map<String, Object> documentOf) {
        Map<Object, List<String>> byDocument = new LinkedHashMap<>();
        for (String eventId : confirmed) {
            byDocument.computeIfAbsent(documentOf.get(eventId), id -> new ArrayList<>()).add(eventId);
        }
        byDocument.forEach((id, eventIds) -> {
            try {
                // A single-document $pull: atomic, leaves @Version and every other field as the application wrote them.
                mongo.getCollection(collection.name()).updateOne(new Document("_id", id),
                        new Document("$pull", new Document(collection.field(),
                                new Document(OutboxMessage.EVENT_ID, new Document("$in", eventIds)))));
            } catch (RuntimeException e) {
                // The messages are out; they stay in the outbox and will be sent once more. Duplicates are allowed.
                log.warn("Could not remove {} confirmed messages from {} {}: {}", eventIds.size(), collection.name(), id,
                        e.toString());
            }
        });
    }

    private List<Document> pendingDocuments(OutboxCollection collection) {
        // "eventId > ''" rather than "$exists" or "outbox.0": on real MongoDB it is a tight range scan of the multikey
        // index on outbox.eventId, which holds only documents with pending messages; mongo-java-server evaluates it too.
        Document filter = new Document(collection.field() + "." + OutboxMessage.EVENT_ID, new Document("$gt", ""));
        return mongo.getCollection(collection.name()).find(filter)
                .projection(new Document(collection.field(), 1))
                .limit(settings.batchSize())
                .into(new ArrayList<>());
    }

    private static List<OutboxMessage> outboxOf(Document document, OutboxCollection collection) {
        List<Document> raw = document.getList(collection.field(), Document.class, List.of());
        List<OutboxMessage> messages = new ArrayList<>(raw.size());
        for (Document entry : raw) {
            Object createdAt = entry.get(OutboxMessage.CREATED_AT);
            messages.add(new OutboxMessage(entry.getString(OutboxMessage.EVENT_ID), entry.getString(OutboxMessage.EXCHANGE),
                    entry.getString(OutboxMessage.ROUTING_KEY), entry.getString(OutboxMessage.ENVELOPE),
                    createdAt instanceof Date date ? date.toInstant() : Instant.EPOCH));
        }
        return messages;
    }

    private List<OutboxCollection> collections() {
        // Asked on every poll: entities the initial scan missed join the mapping context when first used.
        Map<String, OutboxCollection> collections = new LinkedHashMap<>();
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            Class<?> type = entity.getType();
            if (!HasOutbox.class.isAssignableFrom(type) || type.isInterface()) {
                continue;
            }
            MongoPersistentProperty property = entity.getPersistentProperty(HasOutbox.OUTBOX_PROPERTY);
            if (property == null) {
                if (warnedWithoutField.add(type)) {
                    log.error("{} implements HasOutbox but has no property '{}': its events are never published",
                            type.getName(), HasOutbox.OUTBOX_PROPERTY);
                }
                continue;
            }
            collections.putIfAbsent(entity.getCollection(), new OutboxCollection(entity.getCollection(), property.getFieldName()));
        }
        return List.copyOf(collections.values());
    }

    private void ensureIndex(OutboxCollection collection) {
        if (!settings.createIndexes() || indexedCollections.contains(collection.name())) {
            return;
        }
        try {
            mongo.indexOps(collection.name()).createIndex(
                    new Index().on(collection.field() + "." + OutboxMessage.EVENT_ID, Sort.Direction.ASC).named(INDEX_NAME));
        } catch (RuntimeException e) {
            log.warn("Could not create index {} on {}.{}: {}", INDEX_NAME, collection.name(), collection.field(), e.toString());
        }
        indexedCollections.add(collection.name());
    }

    private void scheduledPoll() {
        try {
            relayNow();
        } catch (Throwable e) { // NOSONAR a scheduled task that throws is never run again
            log.warn("Outbox relay poll failed, trying again in {}: {}", settings.interval(), e.toString());
        }
    }

    @Override
    public void start() {
        if (!settings.enabled() || scheduler != null) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.interval().toMillis();
        executor.scheduleWithFixedDelay(this::scheduledPoll, interval, interval, TimeUnit.MILLISECONDS);
        scheduler = executor;
        log.info("Outbox relay polls every {} (batch {}, confirm timeout {})", settings.interval(), settings.batchSize(),
                settings.confirmTimeout());
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = scheduler;
        if (executor == null) {
            return;
        }
        scheduler = null;
        executor.shutdown();
        try {
            // let a poll in progress finish, so its confirmed messages are also removed
            Duration grace = settings.confirmTimeout().plusSeconds(5);
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        stop();
        publisher.destroy();
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("chs.outbox.published", published, AtomicLong::doubleValue)
                .description("Outbox messages confirmed by the broker").register(registry);
        FunctionCounter.builder("chs.outbox.unconfirmed", unconfirmed, AtomicLong::doubleValue)
                .description("Outbox messages sent but not confirmed (nack, timeout, lost connection); they are sent again")
                .register(registry);
        FunctionCounter.builder("chs.outbox.unroutable", unroutable, AtomicLong::doubleValue)
                .description("Outbox messages confirmed but returned because no queue was bound").register(registry);
        Gauge.builder("chs.outbox.pending", pendingSeen, AtomicInteger::doubleValue)
                .description("Messages pending in the outboxes at the last poll (at most batch-size documents per collection)")
                .register(registry);
    }
}
