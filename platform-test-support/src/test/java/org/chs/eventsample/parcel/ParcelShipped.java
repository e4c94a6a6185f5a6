package org.chs.eventsample.parcel;

import java.time.LocalDate;

/** The feature's own domain event. */
public record ParcelShipped(String parcelId, LocalDate shippedOn) {
}
