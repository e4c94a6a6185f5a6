package org.chs.registry.declaration.messaging;

import java.util.List;

import org.chs.contracts.DemonstrationSiteDeclaredEvent;
import org.chs.contracts.DemonstrationSiteStatusChangedEvent;
import org.chs.contracts.RoutingKeys;
import org.chs.platform.messaging.HasOutbox;
import org.chs.platform.messaging.Outbox;
import org.chs.registry.declaration.Declaration;
import org.chs.registry.declaration.DeclarationBatch;
import org.chs.registry.declaration.DeclarationEvent;
import org.chs.registry.declaration.DeclarationEvents;
import org.springframework.stereotype.Component;

/**
 * Maps demonstration-site events to {@code demonstration-site.declared.v1} and {@code demonstration-site.status-changed.v1}
 * and stages them in the outbox of the declaration or batch being written (exchange {@code site-registry.events}).
 */
@Component
class OutboxDeclarationEvents implements DeclarationEvents {

    private final Outbox outbox;

    OutboxDeclarationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void stage(Declaration declaration, List<DeclarationEvent> events) {
        stageIn(declaration, events);
    }

    @Override
    public void stage(DeclarationBatch batch, List<DeclarationEvent> events) {
        stageIn(batch, events);
    }

    private void stageIn(HasOutbox document, List<DeclarationEvent> events) {
        for (DeclarationEvent event : events) {
            if (event instanceof DeclarationEvent.SiteDeclared e) {
                outbox.stage(document, RoutingKeys.DEMONSTRATION_SITE_DECLARED_V1, declared(e), e.declaredAt());
            } else if (event instanceof DeclarationEvent.SiteStatusChanged e) {
                outbox.stage(document, RoutingKeys.DEMONSTRATION_SITE_STATUS_CHANGED_V1, statusChanged(e), e.recordedAt());
            }
        }
    }

    static DemonstrationSiteDeclaredEvent declared(DeclarationEvent.SiteDeclared e) {
        return new DemonstrationSiteDeclaredEvent(e.declarationId(), e.batchId(), e.servicePointId(), e.servicePointName(),
                e.servicePointType().name(), e.category().name(), e.level().name(), e.year(), e.areaCode(), e.declaredOn());
    }

    static DemonstrationSiteStatusChangedEvent statusChanged(DeclarationEvent.SiteStatusChanged e) {
        return new DemonstrationSiteStatusChangedEvent(e.declarationId(), e.batchId(), e.servicePointId(), e.status().name(),
                name(e.previousStatus()), name(e.awardedLevel()), name(e.nominatedLevel()), e.effectiveOn(), e.reason());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
