package org.chs.eventsample.parcel.messaging;

import java.util.ArrayList;
import java.util.List;

import org.chs.contracts.ParcelShippedEvent;
import org.chs.eventsample.parcel.ParcelEvents;
import org.chs.eventsample.parcel.ParcelShipped;

/** The feature's messaging adapter: the one place that maps to the contract record. */
public class OutboxParcelEvents implements ParcelEvents {

    final List<ParcelShippedEvent> staged = new ArrayList<>();

    @Override
    public void stage(ParcelShipped event) {
        staged.add(new ParcelShippedEvent(event.parcelId(), event.shippedOn().toString()));
    }
}
