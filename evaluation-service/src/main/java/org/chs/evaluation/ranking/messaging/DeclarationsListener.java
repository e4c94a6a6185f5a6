package org.chs.evaluation.ranking.messaging;

import org.chs.contracts.DemonstrationSiteDeclaredEvent;
import org.chs.contracts.EventEnvelope;
import org.chs.evaluation.evaluation.EvaluationService;
import org.chs.evaluation.evaluation.OpenEvaluation;
import org.chs.evaluation.ranking.RankingService;
import org.chs.platform.domain.BusinessRuleException;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * 示范点申报 from site-registry: the batch is registered and the site's evaluation opened with the standard of its category.
 * Idempotent: the batch and the evaluation (unique per declaration) are created only if absent.
 */
@Component
class DeclarationsListener {

    private final RankingService rankings;
    private final EvaluationService evaluations;

    DeclarationsListener(RankingService rankings, EvaluationService evaluations) {
        this.rankings = rankings;
        this.evaluations = evaluations;
    }

    @RabbitListener(queues = "evaluation.declarations${chs.evaluation.queue-suffix:}")
    void onDeclared(EventEnvelope<DemonstrationSiteDeclaredEvent> envelope) {
        DemonstrationSiteDeclaredEvent event = envelope.payload();
        try {
            rankings.ensureBatch(event.batchId(), event.level(), event.year());
            evaluations.openIfAbsent(new OpenEvaluation(event.declarationId(), event.batchId(), event.servicePointId(),
                    event.servicePointName(), event.servicePointType(), event.category(), event.level(), event.year(), null));
        } catch (BusinessRuleException | NullPointerException unusable) {
            // e.g. a category no standard scores: retrying cannot help; the dead-letter queue keeps it for the administrator
            throw new AmqpRejectAndDontRequeueException("declaration " + event.declarationId() + " cannot be evaluated: "
                    + unusable.getMessage(), unusable);
        }
    }
}
