package org.chs.boundsample.parcel.web;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sample controller for the request-bound rule. */
@RestController
class ParcelController {

    @PostMapping("/bounded")
    String bounded(@Valid @RequestBody ParcelRequests.BoundedParcel parcel) {
        return "ok";
    }

    @PostMapping("/unbounded")
    String unbounded(@Valid @RequestBody ParcelRequests.UnboundedParcel parcel) {
        return "ok";
    }

    @PostMapping("/unchecked")
    String unchecked(@RequestBody ParcelRequests.BoundedParcel parcel) {
        return "ok";
    }

    @PostMapping("/{id}/csv")
    String csv(@PathVariable String id, @RequestBody String csv) {
        return "ok";
    }
}
