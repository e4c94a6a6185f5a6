package org.chs.platform.messaging;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.amqp.core.Message;
import com.rabbitmq.client.BuiltinExchangeType;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory.ConfirmType;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;

/**
 * The relay's own connection to the broker, with correlated publisher confirms and returns.
 *
 * <p>A connection of its own, because confirms and returns are settings of a connection factory: turning them on in the
 * application's shared factory would change every other template, and a publisher blocked by the broker's flow control
 * should not block the application's consumers.
 */
final class ConfirmingPublisher implements DisposableBean {

    /** One message sent, and the handle on its confirm. */
    record Sent(OutboxMessage message, CorrelationData correlation) {
    }

    private final CachingConnectionFactory connectionFactory;
    private final RabbitTemplate template;

    ConfirmingPublisher(CachingConnectionFactory connectionFactory) {
        this.connectionFactory = connectionFactory;
        connectionFactory.setPublisherConfirmType(ConfirmType.CORRELATED);
        connectionFactory.setPublisherReturns(true);
        this.template = new RabbitTemplate(connectionFactory);
        this.template.setMandatory(true);
        // Returns are read from each CorrelationData, which holds them before its confirm completes; the callback only
        // keeps the template from logging "no callback".
        this.template.setReturnsCallback(returned -> {
        });
    }

    /**
     * Sends the messages on one channel without waiting, so their confirms arrive pipelined, then runs
     * {@code awaitConfirms} while still holding that channel. Each message that left is passed to {@code onSent} before the
     * next is sent, so the caller knows them even when a later send throws.
     *
     * <p>Why wait inside: a channel given back with confirms outstanding goes back to the cache only once they arrived, and
     * the next poll would have to open a new channel — an RPC that hangs, rather than fails, while the broker's answers are
     * not coming through.
     */
    void sendAll(List<OutboxMessage> messages, Function<OutboxMessage, Message> toAmqp, Consumer<Sent> onSent,
                 Runnable awaitConfirms) {
        template.invoke(operations -> {
            for (OutboxMessage message : messages) {
                CorrelationData correlation = new CorrelationData(message.eventId());
                operations.send(message.exchange(), message.routingKey(), toAmqp.apply(message), correlation);
                onSent.accept(new Sent(message, correlation));
            }
            awaitConfirms.run();
            return null;
        });
    }

    /**
     * Declares a durable topic exchange, as every producer's exchange is. A publish to a missing exchange would close the
     * channel and fail every other message sent on it, so the relay declares before it sends.
     */
    void declareTopicExchange(String name) {
        template.execute(channel -> channel.exchangeDeclare(name, BuiltinExchangeType.TOPIC, true));
    }

    @Override
    public void destroy() {
        connectionFactory.destroy();
    }
}
