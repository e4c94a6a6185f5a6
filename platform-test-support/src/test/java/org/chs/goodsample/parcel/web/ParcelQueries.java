package org.chs.goodsample.parcel.web;

import java.util.List;

import org.chs.goodsample.parcel.Parcel;
import org.chs.goodsample.parcel.ParcelId;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A sample controller that loads the document but answers with response records only. */
@RestController
class ParcelQueries {

    /** The answer for one parcel; value objects of the feature may travel in it. */
    record ParcelResponse(ParcelId id) {
        static ParcelResponse of(Parcel parcel) {
            return new ParcelResponse(parcel.id());
        }
    }

    @GetMapping("/parcels/{id}")
    ParcelResponse one() {
        return ParcelResponse.of(load());
    }

    @GetMapping("/parcels")
    ResponseEntity<List<ParcelResponse>> all() {
        return ResponseEntity.ok(List.of(ParcelResponse.of(load())));
    }

    @PostMapping("/parcels/search")
    Page<ParcelResponse> page() {
        return Page.empty();
    }

    /** Not a handler: loading the document is what the controller is for. */
    private Parcel load() {
        return new Parcel();
    }
}
