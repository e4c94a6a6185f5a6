package org.chs.badsample.parcel;

/** A sample value object in the same feature root; using it is fine. */
public record ParcelId(String value) {
}
