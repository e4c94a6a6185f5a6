package org.chs.enrollment.person.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.chs.enrollment.handling.ItemCodes;
import org.chs.enrollment.handling.web.HandledResponse;
import org.chs.enrollment.handling.web.HandlingRequests;
import org.chs.enrollment.handling.web.HandlingResponse;
import org.chs.enrollment.person.Handled;
import org.chs.enrollment.person.InsuredPerson;
import org.chs.enrollment.person.PersonService;
import org.chs.enrollment.person.Scheme;
import org.chs.enrollment.person.StatusChange;
import org.chs.enrollment.person.web.PersonRequests.EnrolRequest;
import org.chs.enrollment.person.web.PersonRequests.InformationChangeRequest;
import org.chs.enrollment.person.web.PersonRequests.LookupRequest;
import org.chs.enrollment.person.web.PersonRequests.NewbornRequest;
import org.chs.enrollment.person.web.PersonRequests.StatusChangeRequest;
import org.chs.enrollment.person.web.PersonRequests.TransferOutRequest;
import org.chs.platform.handling.HandlingDesk;
import org.chs.platform.handling.OpenHandling;
import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.idempotency.IdempotencyKey;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 参保人 — enrolment, newborns, lookup, information and status changes, transfer out. */
@RestController
@RequestMapping("/api/enrollment")
@Tag(name = "Insured persons", description = "参保登记、新生儿参保、信息变更、状态变更、转出")
@IdempotencyKey
class PersonController {

    private final PersonService persons;
    private final HandlingDesk desk;
    private final PersonalDataDisclosure disclosure;

    PersonController(PersonService persons, HandlingDesk desk, PersonalDataDisclosure disclosure) {
        this.persons = persons;
        this.desk = desk;
        this.disclosure = disclosure;
    }

    @PostMapping("/persons")
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator')")
    @Operation(summary = "Enrol a person (ENR-01 employee / ENR-02 resident)", description = "Roles counter-clerk, bank-operator; at the "
            + "token's service point, if the catalogue authorises the item there (banks are not entrusted ENR-01). 409 with "
            + "existingPersonId when the number is already enrolled in the scheme.")
    ResponseEntity<HandledResponse<PersonResponse>> enrol(@Valid @RequestBody EnrolRequest body, @CurrentCaller Caller caller) {
        String item = body.scheme() == Scheme.EMPLOYEE ? ItemCodes.EMPLOYEE_ENROLMENT : ItemCodes.RESIDENT_ENROLMENT;
        OpenHandling handling = desk.open(HandlingRequests.of(caller, body.handling(), item));
        Handled<InsuredPerson> done = persons.enrol(new PersonService.Enrolment(body.idNumber(), body.name(), body.sex(), body.birthDate(),
                body.scheme(), body.poolingRegion(), body.employer() == null ? null : body.employer().toEmployer(), body.coverageStart()),
                handling);
        return created(done);
    }

    @PostMapping("/newborns")
    @PreAuthorize("hasAnyRole('counter-clerk','hospital-operator')")
    @Operation(summary = "Enrol a newborn under a parent's record (ENR-03)", description = "Roles counter-clerk, hospital-operator. "
            + "Urban-rural resident scheme, the parent's pooling region unless given, coverage from the birth date (configurable).")
    ResponseEntity<HandledResponse<PersonResponse>> enrolNewborn(@Valid @RequestBody NewbornRequest body, @CurrentCaller Caller caller) {
        OpenHandling handling = desk.open(HandlingRequests.of(caller, body.handling(), ItemCodes.NEWBORN_ENROLMENT));
        return created(persons.enrolNewborn(new PersonService.NewbornEnrolment(body.parentPersonId(), body.idNumber(), body.name(),
                body.sex(), body.birthDate(), body.poolingRegion()), handling));
    }

    @GetMapping("/persons/{personId}")
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator','hospital-operator','agency-admin')")
    @Operation(summary = "Read a person (ID number masked)", description = "Roles counter-clerk, bank-operator, hospital-operator, "
            + "agency-admin. reveal=true returns the full ID number to agency-admin and counter-clerk only (403 otherwise) and "
            + "writes an audit record with the optional purpose.")
    PersonResponse get(@PathVariable String personId,
                       @Parameter(description = "return the full ID number (audited)") @RequestParam(defaultValue = "false") boolean reveal,
                       @Parameter(description = "why the full number is needed, for the audit log") @RequestParam(required = false)
                       @Size(max = 200) String purpose,
                       @CurrentCaller Caller caller, HttpServletRequest request) {
        InsuredPerson person = persons.get(personId);
        return PersonResponse.of(person, disclosure.idNumberFor(caller, person, reveal, purpose, request));
    }

    @PostMapping("/persons/lookups")
    @IdempotencyKey(required = IdempotencyKey.Required.OPTIONAL)
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator','hospital-operator','agency-admin')")
    @Operation(summary = "Find the enrolments of a resident ID number", description = "The number is sent in the body, never in a URL. "
            + "Found by blind index; an empty list when not enrolled. Roles counter-clerk, bank-operator, hospital-operator, agency-admin.")
    List<PersonResponse> lookup(@Valid @RequestBody LookupRequest body) {
        return persons.findByIdNumber(body.idNumber()).stream().map(PersonResponse::of).toList();
    }

    @GetMapping("/persons/{personId}/household")
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator','hospital-operator','agency-admin')")
    @Operation(summary = "Persons linked to this one as parent or guardian (e.g. newborns enrolled under them)")
    List<PersonResponse> household(@PathVariable String personId) {
        persons.get(personId);
        return persons.dependants(personId).stream().map(PersonResponse::of).toList();
    }

    @PostMapping("/persons/{personId}/information-changes")
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator')")
    @Operation(summary = "Change name, employer or pooling region (CHG-01)", description = "Roles counter-clerk, bank-operator.")
    HandledResponse<PersonResponse> changeInformation(@PathVariable String personId, @Valid @RequestBody InformationChangeRequest body,
                                                      @CurrentCaller Caller caller) {
        OpenHandling handling = desk.open(HandlingRequests.of(caller, body.handling(), ItemCodes.INFORMATION_CHANGE));
        Handled<InsuredPerson> done = persons.changeInformation(personId, new PersonService.InformationChange(body.name(),
                body.employer() == null ? null : body.employer().toEmployer(), body.poolingRegion()), handling);
        return new HandledResponse<>(PersonResponse.of(done.result()), HandlingResponse.of(done.record(), handling));
    }

    @PostMapping("/persons/{personId}/status-changes")
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator')")
    @Operation(summary = "Suspend, resume, terminate or record a death (CHG-02)", description = "Roles counter-clerk, bank-operator "
            + "(where the catalogue entrusts CHG-02). Transitions: ACTIVE→SUSPENDED|TERMINATED|DECEASED, SUSPENDED→ACTIVE|TERMINATED|"
            + "DECEASED, TERMINATED|TRANSFERRED_OUT→ACTIVE|DECEASED; others are 409.")
    HandledResponse<PersonResponse> changeStatus(@PathVariable String personId, @Valid @RequestBody StatusChangeRequest body,
                                                 @CurrentCaller Caller caller) {
        OpenHandling handling = desk.open(HandlingRequests.of(caller, body.handling(), ItemCodes.STATUS_CHANGE));
        Handled<StatusChange> done = persons.changeStatus(personId, body.status(), body.reason(), body.effectiveDate(), handling);
        return new HandledResponse<>(PersonResponse.of(done.person()), HandlingResponse.of(done.record(), handling));
    }

    @PostMapping("/persons/{personId}/transfers-out")
    @PreAuthorize("hasRole('counter-clerk')")
    @Operation(summary = "Transfer the insurance relationship to another pooling region (TRF-01)", description = "Role counter-clerk.")
    HandledResponse<PersonResponse> transferOut(@PathVariable String personId, @Valid @RequestBody TransferOutRequest body,
                                                @CurrentCaller Caller caller) {
        OpenHandling handling = desk.open(HandlingRequests.of(caller, body.handling(), ItemCodes.TRANSFER_OUT));
        Handled<StatusChange> done = persons.transferOut(personId, body.destinationRegion(), body.reason(), body.effectiveDate(), handling);
        return new HandledResponse<>(PersonResponse.of(done.person()), HandlingResponse.of(done.record(), handling));
    }

    private static ResponseEntity<HandledResponse<PersonResponse>> created(Handled<InsuredPerson> done) {
        return ResponseEntity.created(URI.create("/api/enrollment/persons/" + done.result().id()))
                .body(new HandledResponse<>(PersonResponse.of(done.result()), HandlingResponse.of(done.record(), done.handling())));
    }
}
