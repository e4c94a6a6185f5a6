package org.chs.enrollment.person.web;

import java.math.BigDecimal;
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
import org.chs.enrollment.person.Contribution;
import org.chs.enrollment.person.EnrolmentPolicy;
import org.chs.enrollment.person.Handled;
import org.chs.enrollment.person.InsuredPerson;
import org.chs.enrollment.person.PersonService;
import org.chs.enrollment.person.PersonStatus;
import org.chs.enrollment.person.Qualification;
import org.chs.enrollment.person.Scheme;
import org.chs.enrollment.person.StatusChange;
import org.chs.enrollment.person.web.PersonRequests.QueryRequest;
import org.chs.platform.handling.HandlingDesk;
import org.chs.platform.handling.OpenHandling;
import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.idempotency.IdempotencyKey;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Handled queries and prints (QRY-01 enrolment information, QRY-02 personal rights record, QRY-03 enrolment certificate):
 * nothing changes, but the handling is recorded and published like any other.
 */
@RestController
@RequestMapping("/api/enrollment/persons/{personId}")
@Tag(name = "Queries and prints", description = "参保信息查询、个人权益记录打印、参保凭证打印")
@IdempotencyKey
class QueryController {

    private final PersonService persons;
    private final HandlingDesk desk;
    private final EnrolmentPolicy policy;

    QueryController(PersonService persons, HandlingDesk desk, EnrolmentPolicy policy) {
        this.persons = persons;
        this.desk = desk;
        this.policy = policy;
    }

    /** 参保凭证 — proof of enrolment for the current year. */
    record Certificate(String personId, String maskedIdNumber, String name, Scheme scheme, String poolingRegion, PersonStatus status,
                       LocalDate coverageStart, int year, boolean coveredThisYear, Instant issuedAt) {
    }

    /** 个人权益记录 — what the person has: status history, contributions, qualifications. */
    record RightsRecord(String personId, String maskedIdNumber, String name, Scheme scheme, PersonStatus status,
                        List<StatusChange> statusHistory, List<ContributionLine> contributions, List<QualificationLine> qualifications,
                        Instant issuedAt) {
    }

    /** A contribution on the rights record. */
    record ContributionLine(int year, BigDecimal amount, String channel, String receiptNumber) {
    }

    /** A qualification on the rights record. */
    record QualificationLine(String diseaseCode, LocalDate validFrom, LocalDate validTo, String status) {
    }

    @PostMapping("/enrolment-queries")
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator','hospital-operator')")
    @Operation(summary = "Enrolment information query for the citizen (QRY-01)", description = "Roles counter-clerk, bank-operator, "
            + "hospital-operator; recorded as a handling.")
    HandledResponse<PersonResponse> query(@PathVariable String personId, @Valid @RequestBody(required = false) QueryRequest body,
                                          @CurrentCaller Caller caller) {
        OpenHandling handling = open(caller, body, ItemCodes.ENROLMENT_QUERY);
        Handled<InsuredPerson> done = persons.recordQuery(personId, handling);
        return new HandledResponse<>(PersonResponse.of(done.person()), HandlingResponse.of(done.record(), handling));
    }

    @PostMapping("/rights-records")
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator','hospital-operator')")
    @Operation(summary = "Print the personal rights record (QRY-02)", description = "Roles counter-clerk, bank-operator, hospital-operator.")
    HandledResponse<RightsRecord> rightsRecord(@PathVariable String personId, @Valid @RequestBody(required = false) QueryRequest body,
                                               @CurrentCaller Caller caller) {
        OpenHandling handling = open(caller, body, ItemCodes.RIGHTS_RECORD_PRINT);
        Handled<InsuredPerson> done = persons.recordQuery(personId, handling);
        InsuredPerson p = done.person();
        LocalDate today = persons.today();
        RightsRecord record = new RightsRecord(p.id(), p.maskedIdNumber(), p.name(), p.scheme(), p.status(), p.statusHistory(),
                p.contributions().stream().map(QueryController::line).toList(),
                p.qualifications().stream().map(q -> line(q, today)).toList(), done.record().completedAt());
        return new HandledResponse<>(record, HandlingResponse.of(done.record(), handling));
    }

    @PostMapping("/certificates")
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator','hospital-operator')")
    @Operation(summary = "Print the enrolment certificate (QRY-03)", description = "Roles counter-clerk, bank-operator, hospital-operator.")
    HandledResponse<Certificate> certificate(@PathVariable String personId, @Valid @RequestBody(required = false) QueryRequest body,
                                             @CurrentCaller Caller caller) {
        OpenHandling handling = open(caller, body, ItemCodes.CERTIFICATE_PRINT);
        Handled<InsuredPerson> done = persons.recordQuery(personId, handling);
        InsuredPerson p = done.person();
        int year = persons.today().getYear();
        Certificate certificate = new Certificate(p.id(), p.maskedIdNumber(), p.name(), p.scheme(), p.poolingRegion(), p.status(),
                p.coverageStart(), year, p.coveredIn(year, policy), done.record().completedAt());
        return new HandledResponse<>(certificate, HandlingResponse.of(done.record(), handling));
    }

    private OpenHandling open(Caller caller, QueryRequest body, String item) {
        return desk.open(HandlingRequests.of(caller, body == null ? null : body.handling(), item));
    }

    private static ContributionLine line(Contribution c) {
        return new ContributionLine(c.year(), c.amount(), c.channel().name(), c.receiptNumber());
    }

    private static QualificationLine line(Qualification q, LocalDate today) {
        return new QualificationLine(q.diseaseCode(), q.validFrom(), q.validTo(), q.statusOn(today).name());
    }
}
