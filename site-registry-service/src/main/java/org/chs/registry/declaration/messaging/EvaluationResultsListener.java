package org.chs.registry.declaration.messaging;

import org.chs.contracts.DemonstrationSiteAwardedEvent;
import org.chs.contracts.EvaluationFinalizedEvent;
import org.chs.contracts.EventEnvelope;
import org.chs.contracts.RoutingKeys;
import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.messaging.EnvelopeReader;
import org.chs.registry.declaration.AwardDecision;
import org.chs.registry.declaration.DeclarationService;
import org.chs.registry.declaration.EvaluationResult;
import org.chs.registry.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * 评估结果监听 — applies evaluation-service's results to declarations: evaluation.finalized.v1 (SCORED or VETOED) and
 * demonstration-site.awarded.v1 (AWARDED at a level), from one queue so that a site's score is applied before its award.
 *
 * <p>Idempotent: the declaration remembers the event ids it applied, in the same document write as the change, so a
 * redelivery is a no-op. An award that overtook its score is retried with backoff (the platform's consumer retry) until the
 * score is there. An event for an unknown declaration, or one the lifecycle cannot take, will not get better by retrying: it
 * goes straight to the dead-letter queue for a person to look at.
 */
@Component
class EvaluationResultsListener {

    private static final Logger log = LoggerFactory.getLogger(EvaluationResultsListener.class);

    private final DeclarationService declarations;
    private final EnvelopeReader reader;

    EvaluationResultsListener(DeclarationService declarations, EnvelopeReader reader) {
        this.declarations = declarations;
        this.reader = reader;
    }

    @RabbitListener(queues = "${" + DeclarationMessagingConfig.QUEUE_PROPERTY + "}")
    void on(Message message) {
        String routingKey = message.getMessageProperties().getReceivedRoutingKey();
        try {
            if (RoutingKeys.EVALUATION_FINALIZED_V1.equals(routingKey)) {
                EventEnvelope<EvaluationFinalizedEvent> envelope = reader.read(message, EvaluationFinalizedEvent.class);
                EvaluationFinalizedEvent e = envelope.payload();
                boolean changed = declarations.recordEvaluation(envelope.eventId().toString(), new EvaluationResult(e.evaluationId(),
                        e.declarationId(), e.servicePointId(), e.score(), e.vetoed(), e.vetoReason()), envelope.occurredAt());
                log.info("evaluation.finalized {} for declaration {}: {}", envelope.eventId(), envelope.payload().declarationId(),
                        changed ? "applied" : "already applied");
            } else if (RoutingKeys.DEMONSTRATION_SITE_AWARDED_V1.equals(routingKey)) {
                EventEnvelope<DemonstrationSiteAwardedEvent> envelope = reader.read(message, DemonstrationSiteAwardedEvent.class);
                DemonstrationSiteAwardedEvent e = envelope.payload();
                boolean changed = declarations.recordAward(envelope.eventId().toString(), new AwardDecision(e.declarationId(),
                        e.servicePointId(), e.level()), envelope.occurredAt());
                log.info("demonstration-site.awarded {} for declaration {}: {}", envelope.eventId(), envelope.payload().declarationId(),
                        changed ? "applied" : "already applied");
            } else {
                throw new AmqpRejectAndDontRequeueException("Unexpected routing key " + routingKey);
            }
        } catch (NotFoundException | BusinessRuleException cannotApply) {
            throw new AmqpRejectAndDontRequeueException(routingKey + " cannot be applied: " + cannotApply.getMessage(), cannotApply);
        }
    }
}
