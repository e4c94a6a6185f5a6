package org.chs.registry.servicepoint;

import java.time.Instant;

/** Internal domain events of a service point, mapped to integration events by the messaging adapter. */
public sealed interface ServicePointEvent {

    /**
     * 网点已登记 — a service point was registered.
     *
     * @param partnerName the partner organisation's name; {@code null} for the agency's own points
     */
    record ServicePointRegistered(String servicePointId, String name, ServicePointType type, String areaCode, String partnerName,
                                  Instant registeredAt) implements ServicePointEvent {
    }

    /** 网点状态已变更 — a service point was suspended, reopened or closed. */
    record ServicePointStatusChanged(String servicePointId, ServicePointStatus status, String reason, Instant changedAt)
            implements ServicePointEvent {
    }
}
