package org.chs.settlement.filing;

import org.chs.platform.handling.HandlingRecord;

/** Internal domain events of a filing, mapped to integration events by the messaging adapter. */
public sealed interface FilingEvent {

    /** 办件完成 — the counter or hospital-window handling a filing or its revocation was done under (FIL-01/FIL-02). */
    record HandlingCompleted(HandlingRecord handling) implements FilingEvent {
    }
}
