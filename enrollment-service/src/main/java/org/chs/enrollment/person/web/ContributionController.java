package org.chs.enrollment.person.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.chs.enrollment.handling.ItemCodes;
import org.chs.enrollment.handling.web.HandledResponse;
import org.chs.enrollment.handling.web.HandlingRequests;
import org.chs.enrollment.handling.web.HandlingResponse;
import org.chs.enrollment.person.Contribution;
import org.chs.enrollment.person.ContributionChannel;
import org.chs.enrollment.person.EnrolmentPolicy;
import org.chs.enrollment.person.Handled;
import org.chs.enrollment.person.InsuredPerson;
import org.chs.enrollment.person.PersonService;
import org.chs.enrollment.person.web.PersonRequests.ContributionRequest;
import org.chs.platform.handling.HandlingDesk;
import org.chs.platform.handling.OpenHandling;
import org.chs.platform.web.Caller;
import org.chs.platform.web.CurrentCaller;
import org.chs.platform.web.idempotency.IdempotencyKey;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 参保缴费 — contributions per person and year, and the coverage that follows from them. */
@RestController
@RequestMapping("/api/enrollment/persons/{personId}/contributions")
@Tag(name = "Contributions", description = "参保缴费")
@IdempotencyKey
class ContributionController {

    private final PersonService persons;
    private final HandlingDesk desk;
    private final EnrolmentPolicy policy;

    ContributionController(PersonService persons, HandlingDesk desk, EnrolmentPolicy policy) {
        this.persons = persons;
        this.desk = desk;
        this.policy = policy;
    }

    /** One contribution. */
    record ContributionResponse(int year, BigDecimal amount, ContributionChannel channel, String receiptNumber, Instant paidAt,
                                String handlingId) {
        static ContributionResponse of(Contribution c) {
            return new ContributionResponse(c.year(), c.amount(), c.channel(), c.receiptNumber(), c.paidAt(), c.handlingId());
        }
    }

    /** A year's contributions and whether they cover the person in it. */
    record YearResponse(int year, BigDecimal total, boolean covered, List<ContributionResponse> contributions) {
    }

    /** The result of a payment: the contribution and the year it pays for. */
    record PaymentResponse(String personId, ContributionResponse contribution, YearResponse year) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator')")
    @Operation(summary = "Record a contribution for a year (PAY-01)", description = "Roles counter-clerk, bank-operator. Amount in "
            + "yuan (scale 2, positive); receipt numbers are unique per channel (409 when reused). Covered in year Y once the year's "
            + "contributions reach the configured minimum (any positive amount by default).")
    HandledResponse<PaymentResponse> pay(@PathVariable String personId, @Valid @RequestBody ContributionRequest body,
                                         @CurrentCaller Caller caller) {
        OpenHandling handling = desk.open(HandlingRequests.of(caller, body.handling(), ItemCodes.CONTRIBUTION_PAYMENT));
        Handled<Contribution> done = persons.recordContribution(personId, body.year(), body.amount(), body.receiptNumber(), handling);
        return new HandledResponse<>(new PaymentResponse(personId, ContributionResponse.of(done.result()),
                year(done.person(), done.result().year())), HandlingResponse.of(done.record(), handling));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('counter-clerk','bank-operator','hospital-operator','agency-admin')")
    @Operation(summary = "Contributions by year with the coverage they give")
    List<YearResponse> list(@PathVariable String personId) {
        InsuredPerson person = persons.get(personId);
        return person.contributionYears().stream().map(y -> year(person, y)).toList();
    }

    private YearResponse year(InsuredPerson person, int year) {
        return new YearResponse(year, person.contributedFor(year), person.coveredIn(year, policy), person.contributions().stream()
                .filter(c -> c.year() == year).map(ContributionResponse::of).toList());
    }
}
