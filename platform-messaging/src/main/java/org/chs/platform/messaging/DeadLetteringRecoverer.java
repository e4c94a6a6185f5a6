package org.chs.platform.messaging;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * What happens to a message whose handler failed on every attempt: it is logged, counted and rejected without requeue, so
 * the broker moves it to the queue's dead-letter queue.
 */
public final class DeadLetteringRecoverer implements MessageRecoverer, MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(DeadLetteringRecoverer.class);

    private final AtomicLong deadLettered = new AtomicLong();

    @Override
    public void recover(Message message, Throwable cause) {
        deadLettered.incrementAndGet();
        var properties = message.getMessageProperties();
        log.error("Giving up on message {} (type {}) from queue {}: it goes to {}{}", properties.getMessageId(),
                properties.getType(), properties.getConsumerQueue(), properties.getConsumerQueue(), ConsumerQueue.DLQ_SUFFIX,
                cause);
        throw new AmqpRejectAndDontRequeueException("Failed on every attempt, dead-lettered", cause);
    }

    /** Messages given up on since start. */
    public long deadLettered() {
        return deadLettered.get();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("chs.consumer.dead-lettered", deadLettered, AtomicLong::doubleValue)
                .description("Messages rejected to their dead-letter queue after the last failed attempt").register(registry);
    }
}
