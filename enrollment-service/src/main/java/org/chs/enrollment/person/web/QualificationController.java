package org.chs.enrollment.person.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.chs.enrollment.handling.ItemCodes;
import org.chs.enrollment.handling.web.HandledResponse;
import org.chs.enrollment.handling.web.HandlingRequests;
import org.chs.enrollment.handling.web.HandlingResponse;
import org.chs.enrollment.person.Handled;
import org.chs.enrollment.person.PersonService;
import org.chs.enrollment.person.Qualification;
import org.chs.enrollment.person.QualificationStatus;
import org.chs.enrollment.person.web.PersonRequests.QualificationRequest;
import org.chs.enrollment.person.web.PersonRequests.RevocationRequest;
import org.chs.platform.handling.HandlingDesk;
import org.chs.platform.handling.OpenHandling;
import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.idempotency.IdempotencyKey;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 门诊慢特病待遇认定 — chronic/special outpatient disease qualifications of a person. */
@RestController
@RequestMapping("/api/enrollment/persons/{personId}/qualifications")
@Tag(name = "Chronic/special disease qualifications", description = "门诊慢特病待遇认定")
@IdempotencyKey
class QualificationController {

    private final PersonService persons;
    private final HandlingDesk desk;

    QualificationController(PersonService persons, HandlingDesk desk) {
        this.persons = persons;
        this.desk = desk;
    }

    /** A qualification with its status on the date asked about. */
    record QualificationResponse(String qualificationId, String diseaseCode, String evidenceReference, LocalDate validFrom,
                                 LocalDate validTo, QualificationStatus status, Instant grantedAt, String handlingId, Instant revokedAt,
                                 String revocationReason) {
        static QualificationResponse of(Qualification q, LocalDate on) {
            return new QualificationResponse(q.id(), q.diseaseCode(), q.evidenceReference(), q.validFrom(), q.validTo(), q.statusOn(on),
                    q.grantedAt(), q.handlingId(), q.revokedAt(), q.revocationReason());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('counter-clerk','hospital-operator')")
    @Operation(summary = "Grant a qualification (CHR-01)", description = "Roles counter-clerk, hospital-operator (hospital windows "
            + "handle CHR-01). One valid qualification per disease at a time; the person must be ACTIVE.")
    HandledResponse<QualificationResponse> grant(@PathVariable String personId, @Valid @RequestBody QualificationRequest body,
                                                 @CurrentCaller Caller caller) {
        OpenHandling handling = desk.open(HandlingRequests.of(caller, body.handling(), ItemCodes.CHRONIC_DISEASE_QUALIFICATION));
        Handled<Qualification> done = persons.grantQualification(personId, body.diseaseCode(), body.evidenceReference(), body.validFrom(),
                body.validTo(), handling);
        return new HandledResponse<>(QualificationResponse.of(done.result(), persons.today()), HandlingResponse.of(done.record(), handling));
    }

    @PostMapping("/{qualificationId}/revocation")
    @PreAuthorize("hasRole('counter-clerk')")
    @Operation(summary = "Revoke a qualification (CHR-01)", description = "Role counter-clerk.")
    HandledResponse<QualificationResponse> revoke(@PathVariable String personId, @PathVariable String qualificationId,
                                                  @Valid @RequestBody RevocationRequest body, @CurrentCaller Caller caller) {
        OpenHandling handling = desk.open(HandlingRequests.of(caller, body.handling(), ItemCodes.CHRONIC_DISEASE_QUALIFICATION));
        Handled<Qualification> done = persons.revokeQualification(personId, qualificationId, body.reason(), handling);
        return new HandledResponse<>(QualificationResponse.of(done.result(), persons.today()), HandlingResponse.of(done.record(), handling));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('counter-clerk','hospital-operator','agency-admin')")
    @Operation(summary = "A person's qualifications with their status on a date (today by default)")
    List<QualificationResponse> list(@PathVariable String personId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        LocalDate on = date != null ? date : persons.today();
        return persons.get(personId).qualifications().stream().map(q -> QualificationResponse.of(q, on)).toList();
    }
}
