package org.chs.eventsample.parcel;

import java.time.LocalDate;

import org.chs.contracts.ParcelDigest;

/** Follows the rule: stages a domain event; a contract type that is not an event is fine. */
public class ParcelService {

    private final ParcelEvents events;

    public ParcelService(ParcelEvents events) {
        this.events = events;
    }

    public String ship(String parcelId) {
        events.stage(new ParcelShipped(parcelId, LocalDate.of(2026, 5, 15)));
        return ParcelDigest.of(parcelId);
    }
}
