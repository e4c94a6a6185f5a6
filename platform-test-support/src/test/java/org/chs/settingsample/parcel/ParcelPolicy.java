package org.chs.settingsample.parcel;

/** A sample domain value that its properties make; not bound itself, so its name is free. */
public record ParcelPolicy(int maxWeight) {
}
