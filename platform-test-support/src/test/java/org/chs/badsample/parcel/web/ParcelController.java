package org.chs.badsample.parcel.web;

/** A sample adapter. */
public class ParcelController {
}
