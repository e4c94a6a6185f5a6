package org.chs.settlement.accumulator.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.chs.settlement.accumulator.Accumulator;
import org.chs.settlement.accumulator.AccumulatorService;
import org.chs.settlement.shared.Money;
import org.chs.settlement.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 年度累计 lookup for the agency. */
@RestController
@RequestMapping("/api/settlement/accumulators")
@Tag(name = "Accumulators (年度累计)", description = "Year-to-date fund payments per person; agency-admin and auditor")
class AccumulatorController {

    /** A person's year in yuan, with the bills that make it up. */
    record AccumulatorResponse(String personId, int year, BigDecimal fundPaid, List<Bill> bills) {
    }

    /** One bill's fund payment in the year. */
    record Bill(String bill, BigDecimal fundPayment, Instant at) {
    }

    private final AccumulatorService accumulators;

    AccumulatorController(AccumulatorService accumulators) {
        this.accumulators = accumulators;
    }

    @GetMapping("/{personId}/{year}")
    @PreAuthorize("hasAnyRole('agency-admin','auditor')")
    @Operation(summary = "A person's year-to-date fund payments (agency-admin, auditor)")
    AccumulatorResponse get(@PathVariable String personId, @PathVariable int year) {
        Accumulator a = accumulators.find(personId, year).orElseThrow(() -> new NotFoundException("No payments to " + personId + " in " + year));
        return new AccumulatorResponse(a.personId(), a.year(), Money.fromFen(a.fundPaidFen()), a.reservations().stream()
                .map(r -> new Bill(r.bill(), Money.fromFen(r.fen()), r.at())).toList());
    }
}
