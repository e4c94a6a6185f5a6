package org.chs.eventsample.parcel;

import org.chs.contracts.ParcelShippedEvent;

/** Breaks the rule: builds the integration event itself in the feature root. */
public class ParcelDesk {

    public Object shipped(String parcelId) {
        return new ParcelShippedEvent(parcelId, "2026-05-15");
    }
}
