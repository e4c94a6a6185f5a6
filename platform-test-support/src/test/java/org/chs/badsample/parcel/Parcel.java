package org.chs.badsample.parcel;

import org.chs.badsample.parcel.web.ParcelController;
import org.springframework.http.ResponseEntity;

/** A sample aggregate that reaches into its web adapter and Spring Web. */
public class Parcel {
    final ParcelId id = new ParcelId("p-1");
    ParcelController controller;

    ResponseEntity<String> asResponse() {
        return ResponseEntity.ok("x");
    }
}
