package org.chs.platform.messaging;

import java.util.List;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.DisposableBean;

/**
 * Deletes a test's queues and exchanges from the shared broker when the test's context closes: after the listener
 * containers have stopped (lifecycle stop comes before destruction), so nothing re-declares them.
 */
record BrokerCleanup(AmqpAdmin admin, List<String> queues, List<String> exchanges) implements DisposableBean {

    @Override
    public void destroy() {
        queues.forEach(admin::deleteQueue);
        exchanges.forEach(admin::deleteExchange);
    }
}
