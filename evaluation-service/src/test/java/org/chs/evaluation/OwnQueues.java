package org.chs.evaluation;

import java.util.List;
import java.util.UUID;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Queues of this test JVM's own: the broker is shared with whatever else runs on the machine (another engineer's build, a local
 * stack with a real evaluation-service), whose consumers on {@code evaluation.handlings} would take the tests' messages. The
 * queues are deleted when the test context closes, so they do not fill up with later events.
 */
@TestConfiguration(proxyBeanMethods = false)
class OwnQueues {

    static final String SUFFIX = ".it-" + UUID.randomUUID().toString().substring(0, 8);
    private static final List<String> QUEUES = List.of("evaluation.handlings", "evaluation.settlement-handlings",
            "evaluation.settlements", "evaluation.declarations");

    static void register(DynamicPropertyRegistry registry) {
        registry.add("chs.evaluation.queue-suffix", () -> SUFFIX);
    }

    @Bean
    DisposableBean ownQueuesCleanup(AmqpAdmin admin) {
        return () -> QUEUES.forEach(queue -> {
            admin.deleteQueue(queue + SUFFIX);
            admin.deleteQueue(queue + SUFFIX + ".dlq");
        });
    }
}
