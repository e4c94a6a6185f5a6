package org.chs.goodsample.parcel.web;

import org.chs.goodsample.parcel.Parcel;

/** A sample adapter that uses its feature's root, as it should. */
public class ParcelController {
    Parcel parcel() {
        return new Parcel();
    }
}
