package org.chs.docsample.parcel.web;

import java.util.List;

import org.chs.docsample.parcel.Parcel;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/** A sample controller whose package-private handlers return the document, as the services' handlers are declared. */
@RestController
@RequestMapping("/parcels")
class ParcelController {

    /** A response record that carries the document in a field. */
    record ParcelView(String label, Parcel parcel) {
    }

    @GetMapping("/{id}")
    Parcel direct() {
        return new Parcel();
    }

    @PostMapping
    ResponseEntity<Parcel> inResponseEntity() {
        return ResponseEntity.ok(new Parcel());
    }

    @PutMapping
    List<Parcel> inList() {
        return List.of();
    }

    @PatchMapping
    Page<Parcel> inPage() {
        return Page.empty();
    }

    @DeleteMapping
    ResponseEntity<List<ParcelView>> inAResponseRecord() {
        return ResponseEntity.ok(List.of());
    }

    @RequestMapping(path = "/public", method = RequestMethod.GET)
    public Parcel publicHandler() {
        return new Parcel();
    }

    /** Not a handler: a helper may load the document. */
    private Parcel load() {
        return new Parcel();
    }
}
