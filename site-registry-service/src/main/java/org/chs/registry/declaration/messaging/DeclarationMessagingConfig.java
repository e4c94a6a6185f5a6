package org.chs.registry.declaration.messaging;

import org.chs.contracts.Exchanges;
import org.chs.contracts.RoutingKeys;
import org.chs.platform.messaging.ConsumerQueue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 评估结果队列 — this service's durable queue for evaluation-service's results, with retry and dead-lettering by platform-messaging. */
@Configuration(proxyBeanMethods = false)
class DeclarationMessagingConfig {

    /** The property naming the queue ({@code site-registry.evaluation-results} by default). */
    static final String QUEUE_PROPERTY = "chs.declaration.evaluation-results-queue";

    @Bean
    ConsumerQueue evaluationResultsQueue(@Value("${" + QUEUE_PROPERTY + "}") String queue) {
        return ConsumerQueue.of(queue, Exchanges.EVALUATION, RoutingKeys.EVALUATION_FINALIZED_V1,
                RoutingKeys.DEMONSTRATION_SITE_AWARDED_V1);
    }
}
