package org.chs.docsample.parcel;

import org.springframework.data.mongodb.core.mapping.Document;

/** A sample persisted aggregate that its controller leaks in every way the house rule must catch. */
@Document("parcels")
public class Parcel {
    String label;
}
