package org.chs.goodsample.parcel;

/** A sample aggregate of a well-formed feature (service {@code goodsample}, feature {@code parcel}). */
public class Parcel {
    final ParcelId id = new ParcelId("p-1");
}
