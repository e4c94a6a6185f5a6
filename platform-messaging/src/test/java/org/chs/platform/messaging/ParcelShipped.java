package org.chs.platform.messaging;

/** A test integration event. */
public record ParcelShipped(String parcelId, int sequence) {

    static final String ROUTING_KEY = "parcel.shipped.v1";
}
