package org.chs.goodsample.parcel;

/** A sample value object in the same feature root. */
public record ParcelId(String value) {
}
