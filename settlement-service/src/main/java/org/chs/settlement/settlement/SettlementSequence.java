package org.chs.settlement.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.handling.HandlingRecord;
import org.chs.settlement.shared.ConflictException;
import org.chs.settlement.shared.IdempotencyKeyReusedException;
import org.chs.settlement.shared.Money;
import org.chs.settlement.shared.ServicePointScopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * 结算与冲正的写入顺序 — claim, reserve, complete, and reversal: the writes that settle a bill exactly once.
 *
 * <h2>Two documents, no transaction</h2>
 * A settlement changes two documents: the settlement (keyed by the bill) and the person's accumulator for the year. The
 * embedded MongoDB has no multi-document transactions, so the order of writes and the state each leaves behind is the design:
 * <ol>
 * <li><b>Claim</b> the bill: insert a CLAIMED settlement. The unique index on (institution, bill number) makes this an atomic
 * claim, not check-then-act; a second request for the bill gets a duplicate-key error and becomes a replay (same body: the
 * first result, waiting briefly if the first is still in flight; different body: 422).</li>
 * <li><b>Reserve</b> the fund payment on the accumulator with a compare-and-set on the year's total and "no reservation for
 * this bill" (see {@code accumulator} package). If the total moved, recompute from the new total and try again: concurrent
 * bills of one person can never pay past the cap, and a bill counts at most once.</li>
 * <li><b>Complete</b>: save the settlement as COMPLETED, with the calculation, audit flags and the outgoing events in its
 * outbox (one write; the relay publishes them) and {@code clearingPending} set, under the version the claim had.</li>
 * <li><b>Clearing</b>: add it to the month's region-pair totals (idempotent per settlement), then clear {@code clearingPending}.</li>
 * </ol>
 * What a crash or failure at each point leaves, and who finishes it:
 * <ul>
 * <li>after 1: a CLAIMED settlement without a reservation. {@link SettlementRecovery} abandons claims older than
 * {@code claim-timeout}; the hospital's retry (or its automatic reversal, DOMAIN Appendix C) then finds an ABANDONED bill and
 * takes it over.</li>
 * <li>after 2: a CLAIMED settlement and a reservation. If the completing write fails, the request releases its own reservation
 * at once (compensation) and abandons the claim; if the process died, the recovery job abandons the claim and releases the
 * reservation of that attempt. A retry that takes over an abandoned bill first releases what the old attempt left.</li>
 * <li>if the claim was taken over while a slow attempt was still running, the slow attempt's completing save fails on the
 * version, and it releases its own reservation: only one attempt can ever complete a bill.</li>
 * <li>after 3: a COMPLETED settlement with {@code clearingPending}: the recovery job applies the (idempotent) clearing
 * increment. The events are already safe in the outbox.</li>
 * </ul>
 * A reversal first marks the settlement REVERSED with its event and {@code releasePending}/{@code clearingPending} (one
 * write), then releases the reservation and takes the amount off the clearing totals; both are idempotent, and the recovery
 * job finishes them after a crash. A second reversal of the same bill returns the first.
 *
 * <p>Everything that can refuse the bill ({@link BillChecks}) runs after the replay check and before the claim, so a replay
 * does not ask enrollment again and a refusal writes nothing.
 */
@Component
class SettlementSequence {

    private static final Logger log = LoggerFactory.getLogger(SettlementSequence.class);

    private final BillChecks checks;
    private final SettlementStore store;
    private final Accumulators accumulators;
    private final PendingEffects effects;
    private final SettlementEvents events;
    private final SettlementProperties properties;
    private final SettlementCalculator calculator = new SettlementCalculator();
    private final Clock clock;
    private final ZoneId zone;

    SettlementSequence(BillChecks checks, SettlementStore store, Accumulators accumulators, PendingEffects effects, SettlementEvents events,
                       SettlementProperties properties, Clock clock, @Value("${chs.settlement.zone:Asia/Shanghai}") ZoneId zone) {
        this.checks = checks;
        this.store = store;
        this.accumulators = accumulators;
        this.effects = effects;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
    }

    /** A hospital's bill, settled once; a replay of the same bill number and body returns the first result. */
    Outcome settle(SettleBill command) {
        if (command.mode() != SettlementMode.DIRECT) {
            throw new IllegalArgumentException("a bill in mode " + command.mode() + " is settled as a ManualReimbursement");
        }
        return run(command, Optional.empty());
    }

    /** A counter's reimbursement: the same sequence, completing the handling and ordering the payment in the same write. */
    Outcome reimburse(ManualReimbursement command) {
        return run(command.bill(), Optional.of(command));
    }

    private Outcome run(SettleBill command, Optional<ManualReimbursement> manual) {
        String hash = RequestHash.of(command);
        Optional<Outcome> earlier = earlierOutcome(command, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Prepared prepared = checks.prepare(command, hash);
        SettleBill bill = prepared.bill();
        String attempt = UUID.randomUUID().toString();
        Settlement claimed = claim(bill, prepared, attempt);
        if (claimed == null) {
            return earlierOutcome(command, hash).orElseThrow(() -> new ConflictException(
                    "Bill " + command.billNumber() + " is being settled by another request; retry to get its result"));
        }
        Calculation calculation = reserve(claimed, bill, prepared, attempt);
        Instant now = clock.instant();
        HandlingRecord handling = manual.map(m -> m.handling().complete(prepared.person().personId(), now, zone)).orElse(null);
        PaymentRecord payment = manual.map(m -> new PaymentRecord("pay-" + UUID.randomUUID(), m.payee(), calculation.fundPayment(),
                PaymentRecord.ORDERED, now)).orElse(null);
        claimed.complete(bill, prepared, calculation, now, period(now), handling, payment);
        events.stage(claimed, claimed.takePendingEvents());
        Settlement saved;
        try {
            saved = store.save(claimed);
        } catch (OptimisticLockingFailureException superseded) {
            // the claim was abandoned or taken over meanwhile: this attempt must not count
            accumulators.release(prepared.person().personId(), prepared.year(), claimed.billKey(), attempt);
            throw new ConflictException("Settling bill " + command.billNumber() + " took too long and was superseded; retry to get the result");
        } catch (RuntimeException failed) {
            compensate(claimed.id(), prepared, claimed.billKey(), attempt);
            throw failed;
        }
        effects.applyClearing(saved);
        return new Outcome(saved, false, manual.map(m -> m.handling().reviewToken()).orElse(null));
    }

    /**
     * 冲正 of a hospital's bill; reversing a reversed bill returns it unchanged. A bill never settled is voided: the hospital's
     * automatic reversal of a timed-out request may overtake the request itself, which must then not settle. A bill a counter
     * reimbursed (MANUAL) is the counter's to reverse, not the hospital's.
     */
    Settlement reverse(String institutionId, String billNumber, String reason, String actor) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Settlement> found = store.findByBill(institutionId, billNumber);
            if (found.isPresent() && found.get().mode() == SettlementMode.MANUAL) {
                throw new ServicePointScopeException("Bill " + billNumber + " was reimbursed at service point " + found.get().servicePointId()
                        + "; only a clerk of that point or the agency may reverse it");
            }
            if (found.isEmpty()) {
                try {
                    return store.insert(Settlement.voided("stl-" + UUID.randomUUID(), institutionId, billNumber, reason, actor,
                            clock.instant()));
                } catch (DuplicateKeyException settledMeanwhile) {
                    continue;
                }
            }
            Optional<Settlement> done = reverseOnce(found.get(), reason, actor);
            if (done.isPresent()) {
                return done.get();
            }
        }
        throw new ConflictException("Bill " + billNumber + " keeps changing; retry the reversal");
    }

    /** 冲正 of a settlement found by its id (a counter reversing a manual reimbursement). */
    Settlement reverse(Settlement settlement, String reason, String actor) {
        Settlement current = settlement;
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Settlement> done = reverseOnce(current, reason, actor);
            if (done.isPresent()) {
                return done.get();
            }
            current = store.findById(settlement.id()).orElseThrow();
        }
        throw new ConflictException("Settlement " + settlement.id() + " keeps changing; retry the reversal");
    }

    private Optional<Settlement> reverseOnce(Settlement s, String reason, String actor) {
        switch (s.status()) {
            case REVERSED -> {
                effects.finish(s);
                return Optional.of(s);
            }
            case VOIDED -> {
                return Optional.of(s);
            }
            case CLAIMED -> throw new ConflictException("Bill " + s.billNumber() + " is still being settled; retry the reversal shortly");
            case ABANDONED -> throw new BusinessRuleException("not-settled", "Not settled",
                    "Bill " + s.billNumber() + " was never settled (the attempt was abandoned); there is nothing to reverse");
            case COMPLETED -> {
                // falls through to the reversal below
            }
        }
        Instant now = clock.instant();
        s.reverse(reason, actor, now, period(now));
        events.stage(s, s.takePendingEvents());
        Settlement saved;
        try {
            saved = store.save(s);
        } catch (OptimisticLockingFailureException changed) {
            return Optional.empty();
        }
        effects.finish(saved);
        return Optional.of(store.findById(saved.id()).orElseThrow());
    }

    /** An earlier request's result for this bill, if there is one to give (waiting briefly while it is in flight). */
    private Optional<Outcome> earlierOutcome(SettleBill c, String hash) {
        Optional<Settlement> found = store.findByBill(c.institutionId(), c.billNumber());
        if (found.isEmpty() || found.get().status() == SettlementStatus.ABANDONED) {
            return Optional.empty();
        }
        Settlement s = found.get();
        if (s.status() == SettlementStatus.VOIDED) {
            throw new BusinessRuleException("bill-voided", "Bill number voided", "Bill " + c.billNumber() + " was reversed at "
                    + s.reversedAt() + " before it was settled; settle the bill under a new bill number");
        }
        if (!hash.equals(s.requestHash())) {
            throw new IdempotencyKeyReusedException("Bill number " + c.billNumber() + " was already used for a different bill (or mode); "
                    + "a bill number is settled once, and a replay must repeat the original request exactly");
        }
        Instant deadline = clock.instant().plus(properties.replayWait());
        while (s.status() == SettlementStatus.CLAIMED && clock.instant().isBefore(deadline)) {
            sleep(25);
            s = store.findById(s.id()).orElseThrow();
        }
        return switch (s.status()) {
            case COMPLETED, REVERSED -> Optional.of(new Outcome(s, true, null));
            case ABANDONED -> Optional.empty();
            case VOIDED -> throw new BusinessRuleException("bill-voided", "Bill number voided", "Bill " + c.billNumber()
                    + " was reversed before it was settled; settle the bill under a new bill number");
            case CLAIMED -> throw new ConflictException("Bill " + c.billNumber() + " is still being settled by an earlier request; retry shortly");
        };
    }

    /** The atomic claim on the bill number; {@code null} when another request holds it. */
    private Settlement claim(SettleBill c, Prepared p, String attempt) {
        Instant now = clock.instant();
        try {
            return store.insert(Settlement.claim("stl-" + UUID.randomUUID(), c, p, attempt, now));
        } catch (DuplicateKeyException taken) {
            Settlement existing = store.findByBill(c.institutionId(), c.billNumber()).orElse(null);
            if (existing == null || existing.status() != SettlementStatus.ABANDONED) {
                return null;
            }
            effects.release(existing);
            existing = store.findById(existing.id()).orElseThrow();
            try {
                existing.retake(c, p, attempt, now);
                return store.save(existing);
            } catch (OptimisticLockingFailureException | ConflictException other) {
                return null;
            }
        }
    }

    /** Reserves the fund payment with compare-and-set, recomputing whenever another bill of the person got in first. */
    private Calculation reserve(Settlement claimed, SettleBill c, Prepared p, String attempt) {
        String person = p.person().personId();
        for (int round = 0; round < properties.reserveAttempts(); round++) {
            Accumulators.Standing standing = accumulators.standing(person, p.year(), claimed.billKey());
            if (standing.reservedBy().isPresent() && !standing.reservedBy().get().equals(attempt)) {
                // an abandoned attempt of this bill; we hold the claim now, so it can no longer complete
                accumulators.release(person, p.year(), claimed.billKey(), standing.reservedBy().get());
                continue;
            }
            Calculation calculation = calculate(p, standing.paidFen());
            if (accumulators.reserve(person, p.year(), claimed.billKey(), attempt, standing.paidFen(),
                    Money.toFen(calculation.fundPayment()))) {
                return calculation;
            }
            sleep(ThreadLocalRandom.current().nextInt(1, 2 + Math.min(round, 20)));
        }
        compensate(claimed.id(), p, claimed.billKey(), attempt);
        throw new ConflictException("The person's year-to-date total kept changing while bill " + c.billNumber() + " was settled; retry");
    }

    /** The calculation against what the fund has paid the person this year: pre-settlement and settlement share it. */
    Calculation calculate(Prepared p, long paidFen) {
        return calculator.calculate(p.bill().lines(), p.catalogue(), p.terms(), p.basis(), Money.fromFen(paidFen));
    }

    /** Undoes a failed attempt: its reservation back, its claim abandoned. Best effort; the recovery job finishes what fails here. */
    private void compensate(String settlementId, Prepared p, String billKey, String attempt) {
        try {
            accumulators.release(p.person().personId(), p.year(), billKey, attempt);
            store.findById(settlementId).filter(s -> s.status() == SettlementStatus.CLAIMED && attempt.equals(s.attempt()))
                    .ifPresent(s -> {
                        s.abandon(clock.instant());
                        Settlement abandoned = store.save(s);
                        store.clearFlag(abandoned, Settlement.RELEASE_PENDING);
                    });
        } catch (RuntimeException e) {
            log.warn("Compensation of settlement {} failed; the recovery job will finish it", settlementId, e);
        }
    }

    private String period(Instant instant) {
        return YearMonth.from(instant.atZone(zone)).toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("Interrupted while waiting; retry");
        }
    }
}
