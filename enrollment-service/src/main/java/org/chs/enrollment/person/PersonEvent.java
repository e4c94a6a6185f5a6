package org.chs.enrollment.person;

import java.time.Instant;
import java.time.LocalDate;

import org.chs.platform.handling.HandlingRecord;

/** Internal domain events of an insured person, mapped to integration events by the messaging adapter. */
public sealed interface PersonEvent {

    /** 参保登记完成 — a person was enrolled (a newborn too). */
    record PersonEnrolled(String personId, Scheme scheme, String poolingRegion, LocalDate coverageStart, boolean newborn,
                          String parentPersonId, String handlingId, Instant enrolledAt) implements PersonEvent {
    }

    /** 参保状态已变更 — suspended, resumed, terminated, transferred out or deceased. */
    record PersonStatusChanged(String personId, Scheme scheme, StatusChange change) implements PersonEvent {
    }

    /** 办件完成 — a handling on this person was completed. */
    record HandlingCompleted(HandlingRecord handling) implements PersonEvent {
    }
}
