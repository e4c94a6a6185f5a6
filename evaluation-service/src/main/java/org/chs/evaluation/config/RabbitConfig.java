package org.chs.evaluation.config;

import org.chs.contracts.Exchanges;
import org.chs.contracts.RoutingKeys;
import org.chs.platform.messaging.ConsumerQueue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consumer queues of evaluation-service, one per producer and event family; platform-messaging declares them with their
 * dead-letter queues and runs their listeners with retry then dead-lettering.
 *
 * <p>{@code chs.evaluation.queue-suffix} (empty in every deployment) lets integration tests consume from queues of their own
 * on a broker shared with a running stack, which would otherwise take their messages as a competing consumer.
 */
@Configuration(proxyBeanMethods = false)
class RabbitConfig {

    private final String suffix;

    RabbitConfig(@Value("${chs.evaluation.queue-suffix:}") String suffix) {
        this.suffix = suffix;
    }

    static final String HANDLINGS = "evaluation.handlings";
    static final String SETTLEMENT_HANDLINGS = "evaluation.settlement-handlings";
    static final String SETTLEMENTS = "evaluation.settlements";
    static final String DECLARATIONS = "evaluation.declarations";

    /** 办件 from the counters, banks and hospital windows (enrollment-service). */
    @Bean
    ConsumerQueue enrollmentHandlingsQueue() {
        return ConsumerQueue.of(HANDLINGS + suffix, Exchanges.ENROLLMENT, RoutingKeys.HANDLING_COMPLETED_V1);
    }

    /** 办件 at hospital windows (settlement-service: manual reimbursements, filings). */
    @Bean
    ConsumerQueue settlementHandlingsQueue() {
        return ConsumerQueue.of(SETTLEMENT_HANDLINGS + suffix, Exchanges.SETTLEMENT, RoutingKeys.HANDLING_COMPLETED_V1);
    }

    /** 结算完成 (DIRECT or MANUAL) and 结算冲正 from settlement-service, for the direct-settlement rate; one queue keeps their order. */
    @Bean
    ConsumerQueue settlementsQueue() {
        return ConsumerQueue.of(SETTLEMENTS + suffix, Exchanges.SETTLEMENT, RoutingKeys.SETTLEMENT_COMPLETED_V1,
                RoutingKeys.SETTLEMENT_REVERSED_V1);
    }

    /** 示范点申报 from site-registry-service. */
    @Bean
    ConsumerQueue declarationsQueue() {
        return ConsumerQueue.of(DECLARATIONS + suffix, Exchanges.SITE_REGISTRY, RoutingKeys.DEMONSTRATION_SITE_DECLARED_V1);
    }
}
