package org.chs.contracts;

/** Stands in for an integration event of platform-contracts (this module does not depend on it) in the event-mapping samples. */
public record ParcelShippedEvent(String parcelId, String shippedOn) {
}
