package org.chs.goodsample.parcel;

import org.springframework.data.mongodb.core.mapping.Document;

/** A sample aggregate of a well-formed feature (service {@code goodsample}, feature {@code parcel}). */
@Document("parcels")
public class Parcel {
    final ParcelId id = new ParcelId("p-1");

    public ParcelId id() {
        return id;
    }
}
