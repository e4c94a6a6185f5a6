package org.chs.registry.servicepoint;

import java.util.List;

/** Port: stages a service point's domain events as integration events in its outbox, before the one write. */
public interface ServicePointEvents {

    void stage(ServicePoint point, List<ServicePointEvent> events);
}
