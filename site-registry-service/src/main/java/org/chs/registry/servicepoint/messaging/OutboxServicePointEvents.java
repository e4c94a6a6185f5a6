package org.chs.registry.servicepoint.messaging;

import java.util.List;

import org.chs.contracts.RoutingKeys;
import org.chs.contracts.ServicePointRegisteredEvent;
import org.chs.contracts.ServicePointStatusChangedEvent;
import org.chs.platform.messaging.Outbox;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointEvent;
import org.chs.registry.servicepoint.ServicePointEvents;
import org.springframework.stereotype.Component;

/**
 * Maps a service point's domain events to {@code service-point.registered.v1} and {@code service-point.status-changed.v1} and
 * stages them in the point's outbox (exchange {@code site-registry.events}).
 */
@Component
class OutboxServicePointEvents implements ServicePointEvents {

    private final Outbox outbox;

    OutboxServicePointEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void stage(ServicePoint point, List<ServicePointEvent> events) {
        for (ServicePointEvent event : events) {
            if (event instanceof ServicePointEvent.ServicePointRegistered e) {
                outbox.stage(point, RoutingKeys.SERVICE_POINT_REGISTERED_V1, registered(e), e.registeredAt());
            } else if (event instanceof ServicePointEvent.ServicePointStatusChanged e) {
                outbox.stage(point, RoutingKeys.SERVICE_POINT_STATUS_CHANGED_V1,
                        new ServicePointStatusChangedEvent(e.servicePointId(), e.status().name(), e.reason()), e.changedAt());
            }
        }
    }

    static ServicePointRegisteredEvent registered(ServicePointEvent.ServicePointRegistered e) {
        return new ServicePointRegisteredEvent(e.servicePointId(), e.name(), e.type().name(), e.areaCode(), e.partnerName());
    }
}
