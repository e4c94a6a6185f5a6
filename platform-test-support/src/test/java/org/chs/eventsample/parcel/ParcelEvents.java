package org.chs.eventsample.parcel;

/** The port the feature stages its domain events through. */
public interface ParcelEvents {

    void stage(ParcelShipped event);
}
