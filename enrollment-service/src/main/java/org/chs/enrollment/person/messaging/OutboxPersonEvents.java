package org.chs.enrollment.person.messaging;

import java.util.List;

import org.chs.contracts.HandlingCompletedEvent;
import org.chs.contracts.PersonEnrolledEvent;
import org.chs.contracts.PersonStatusChangedEvent;
import org.chs.contracts.RoutingKeys;
import org.chs.enrollment.person.InsuredPerson;
import org.chs.enrollment.person.PersonEvent;
import org.chs.enrollment.person.PersonEvents;
import org.chs.enrollment.person.StatusChange;
import org.chs.platform.handling.HandlingRecord;
import org.chs.platform.messaging.Outbox;
import org.springframework.stereotype.Component;

/**
 * Maps a person's domain events to the integration events of {@code platform-contracts} and stages them in the person's
 * outbox (exchange {@code enrollment.events}); the relay publishes them after the one save. Never an ID number or a name.
 */
@Component
class OutboxPersonEvents implements PersonEvents {

    private final Outbox outbox;

    OutboxPersonEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void stage(InsuredPerson person, List<PersonEvent> events) {
        for (PersonEvent event : events) {
            if (event instanceof PersonEvent.PersonEnrolled e) {
                outbox.stage(person, RoutingKeys.PERSON_ENROLLED_V1,
                        new PersonEnrolledEvent(e.personId(), e.scheme().name(), e.poolingRegion(), e.coverageStart(), e.newborn(),
                                e.parentPersonId(), e.handlingId(), e.enrolledAt()), e.enrolledAt());
            } else if (event instanceof PersonEvent.PersonStatusChanged e) {
                StatusChange change = e.change();
                outbox.stage(person, RoutingKeys.PERSON_STATUS_CHANGED_V1,
                        new PersonStatusChangedEvent(e.personId(), e.scheme().name(), change.from().name(), change.to().name(),
                                change.reason(), change.effectiveDate(), change.destinationRegion(), change.handlingId(),
                                change.changedAt()), change.changedAt());
            } else if (event instanceof PersonEvent.HandlingCompleted e) {
                HandlingRecord h = e.handling();
                outbox.stage(person, RoutingKeys.HANDLING_COMPLETED_V1,
                        new HandlingCompletedEvent(h.id(), h.itemCode(), h.itemName(), h.instant(), h.servicePointId(), h.operator(),
                                h.channel().name(), h.queuedAt(), h.startedAt(), h.completedAt(), h.personId(), h.reviewTokenHash(),
                                h.outcome(), h.authorisationSource().name(), h.servicePointName()), h.completedAt());
            }
        }
    }
}
