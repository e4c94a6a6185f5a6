package org.chs.settlement.settlement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.chs.contracts.RoutingKeys;
import org.chs.platform.messaging.Outbox;
import org.chs.settlement.accumulator.Accumulator;
import org.chs.settlement.accumulator.AccumulatorService;
import org.chs.settlement.audit.AuditFlag;
import org.chs.settlement.audit.AuditInput;
import org.chs.settlement.audit.AuditProperties;
import org.chs.settlement.audit.AuditRules;
import org.chs.settlement.catalogue.CatalogueEntry;
import org.chs.settlement.catalogue.CatalogueService;
import org.chs.settlement.clearing.ClearingService;
import org.chs.settlement.eligibility.Eligibility;
import org.chs.settlement.eligibility.EligibilityCheck;
import org.chs.settlement.eligibility.IdNumbers;
import org.chs.settlement.filing.Filing;
import org.chs.settlement.filing.FilingService;
import org.chs.settlement.filing.FilingType;
import org.chs.settlement.handling.HandlingEvents;
import org.chs.settlement.handling.HandlingRecord;
import org.chs.settlement.institution.InstitutionDirectory;
import org.chs.settlement.institution.RegisteredInstitution;
import org.chs.settlement.policy.BenefitPolicy;
import org.chs.settlement.policy.HospitalLevel;
import org.chs.settlement.policy.PolicyService;
import org.chs.settlement.shared.BusinessRuleException;
import org.chs.settlement.shared.ConflictException;
import org.chs.settlement.shared.IdempotencyKeyReusedException;
import org.chs.settlement.shared.InvalidFieldException;
import org.chs.settlement.shared.Money;
import org.chs.settlement.shared.NotFoundException;
import org.chs.settlement.shared.PageResult;
import org.chs.settlement.shared.RegionCode;
import org.chs.settlement.shared.ServicePointScopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * 结算 — pre-settlement, settlement and reversal (冲正) of bills, direct at hospitals or manual at counters.
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
 * <li>after 1: a CLAIMED settlement without a reservation. The recovery job abandons claims older than {@code claim-timeout};
 * the hospital's retry (or its automatic reversal, DOMAIN Appendix C) then finds an ABANDONED bill and takes it over.</li>
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
 */
@Service
public class SettlementService {

    private static final Logger log = LoggerFactory.getLogger(SettlementService.class);

    private final SettlementRepository settlements;
    private final MongoOperations mongo;
    private final EligibilityCheck eligibility;
    private final FilingService filings;
    private final PolicyService policies;
    private final CatalogueService catalogue;
    private final InstitutionDirectory institutions;
    private final AccumulatorService accumulators;
    private final ClearingService clearing;
    private final Outbox outbox;
    private final AuditRules audit;
    private final SettlementProperties properties;
    private final SettlementCalculator calculator = new SettlementCalculator();
    private final Clock clock;
    private final ZoneId zone;

    public SettlementService(SettlementRepository settlements, MongoOperations mongo, EligibilityCheck eligibility, FilingService filings,
                             PolicyService policies, CatalogueService catalogue, InstitutionDirectory institutions,
                             AccumulatorService accumulators, ClearingService clearing, Outbox outbox, AuditProperties auditProperties,
                             SettlementProperties properties, Clock clock, @Value("${chs.settlement.zone:Asia/Shanghai}") ZoneId zone) {
        this.settlements = settlements;
        this.mongo = mongo;
        this.eligibility = eligibility;
        this.filings = filings;
        this.policies = policies;
        this.catalogue = catalogue;
        this.institutions = institutions;
        this.accumulators = accumulators;
        this.clearing = clearing;
        this.outbox = outbox;
        this.audit = new AuditRules(auditProperties);
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
    }

    /** 预结算 — the settlement as it would be now; writes nothing. */
    public Quote preSettle(SettleBill command) {
        Prepared prepared = prepare(command, RequestHash.of(command));
        long paidFen = accumulators.find(prepared.person().personId(), prepared.year()).map(Accumulator::fundPaidFen).orElse(0L);
        Calculation calculation = calculate(prepared, paidFen);
        return new Quote(prepared.bill(), prepared.person(), prepared.treatmentRegion(), prepared.basis(), prepared.filing(), prepared.year(),
                prepared.auditFlags(), calculation);
    }

    /** 结算 — settles a bill once; a replay of the same bill number and body returns the first result. */
    public Outcome settle(SettleBill command, ManualExtras extras) {
        String hash = RequestHash.of(command);
        Optional<Outcome> earlier = earlierOutcome(command, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Prepared prepared = prepare(command, hash);
        SettleBill bill = prepared.bill();
        String attempt = UUID.randomUUID().toString();
        Settlement claimed = claim(bill, prepared, attempt);
        if (claimed == null) {
            return earlierOutcome(command, hash).orElseThrow(() -> new ConflictException(
                    "Bill " + command.billNumber() + " is being settled by another request; retry to get its result"));
        }
        Calculation calculation = reserve(claimed, bill, prepared, attempt);
        Instant now = clock.instant();
        HandlingRecord handling = extras == null ? null : extras.handling().complete(prepared.person().personId(), now, zone);
        PaymentRecord payment = extras == null ? null
                : new PaymentRecord("pay-" + UUID.randomUUID(), extras.payee(), calculation.fundPayment(), PaymentRecord.ORDERED, now);
        claimed.complete(bill, prepared, calculation, now, period(now), handling, payment);
        outbox.stage(claimed, RoutingKeys.SETTLEMENT_COMPLETED_V1, SettlementEvents.completed(claimed), now);
        if (handling != null) {
            outbox.stage(claimed, RoutingKeys.HANDLING_COMPLETED_V1, HandlingEvents.completed(handling), now);
        }
        Settlement saved;
        try {
            saved = settlements.save(claimed);
        } catch (OptimisticLockingFailureException superseded) {
            // the claim was abandoned or taken over meanwhile: this attempt must not count
            accumulators.release(prepared.person().personId(), prepared.year(), claimed.billKey(), attempt);
            throw new ConflictException("Settling bill " + command.billNumber() + " took too long and was superseded; retry to get the result");
        } catch (RuntimeException failed) {
            compensate(claimed.id(), prepared, claimed.billKey(), attempt);
            throw failed;
        }
        applyClearing(saved);
        return new Outcome(saved, false, extras == null ? null : extras.handling().reviewToken());
    }

    /**
     * 冲正 of a hospital's bill; reversing a reversed bill returns it unchanged. A bill never settled is voided: the hospital's
     * automatic reversal of a timed-out request may overtake the request itself, which must then not settle. A bill a counter
     * reimbursed (MANUAL) is the counter's to reverse, not the hospital's.
     */
    public Settlement reverse(String institutionId, String billNumber, String reason, String actor) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Settlement> found = settlements.findByInstitutionIdAndBillNumber(institutionId, billNumber);
            if (found.isPresent() && found.get().mode() == SettlementMode.MANUAL) {
                throw new ServicePointScopeException("Bill " + billNumber + " was reimbursed at service point " + found.get().servicePointId()
                        + "; only a clerk of that point or the agency may reverse it");
            }
            if (found.isEmpty()) {
                try {
                    return settlements.insert(Settlement.voided("stl-" + UUID.randomUUID(), institutionId, billNumber, reason, actor,
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

    /** 冲正 by settlement id (a counter reversing a manual reimbursement). */
    public Settlement reverseById(String settlementId, String reason, String actor) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Settlement> done = reverseOnce(get(settlementId), reason, actor);
            if (done.isPresent()) {
                return done.get();
            }
        }
        throw new ConflictException("Settlement " + settlementId + " keeps changing; retry the reversal");
    }

    private Optional<Settlement> reverseOnce(Settlement s, String reason, String actor) {
        switch (s.status()) {
            case REVERSED -> {
                finishSideEffects(s);
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
        outbox.stage(s, RoutingKeys.SETTLEMENT_REVERSED_V1, SettlementEvents.reversed(s), now);
        Settlement saved;
        try {
            saved = settlements.save(s);
        } catch (OptimisticLockingFailureException changed) {
            return Optional.empty();
        }
        finishSideEffects(saved);
        return Optional.of(get(saved.id()));
    }

    public Settlement get(String settlementId) {
        return settlements.findById(settlementId).orElseThrow(() -> new NotFoundException("No settlement " + settlementId));
    }

    public Settlement byBill(String institutionId, String billNumber) {
        return settlements.findByInstitutionIdAndBillNumber(institutionId, billNumber)
                .orElseThrow(() -> new NotFoundException("No settlement of bill " + billNumber));
    }

    /** Settlements, newest first: one institution's, or everyone's when {@code institutionId} is {@code null}. */
    public PageResult<Settlement> list(String institutionId, int page, int size) {
        List<SettlementStatus> visible = List.of(SettlementStatus.COMPLETED, SettlementStatus.REVERSED);
        Page<Settlement> found = institutionId == null
                ? settlements.findByStatusInOrderBySettledAtDesc(visible, PageRequest.of(page, size))
                : settlements.findByInstitutionIdAndStatusInOrderBySettledAtDesc(institutionId, visible, PageRequest.of(page, size));
        return new PageResult<>(found.getContent(), page, size, found.getTotalElements());
    }

    /** Settlements with audit flags, newest first, filtered: what the agency's fund supervisors follow up. */
    public PageResult<Settlement> flagged(AuditFilter filter, int page, int size) {
        Criteria criteria = Criteria.where("auditFlags.0").exists(true);
        if (filter.rule() != null) {
            criteria = criteria.and("auditFlags.rule").is(filter.rule());
        }
        if (filter.institutionId() != null) {
            criteria = criteria.and("institutionId").is(filter.institutionId());
        }
        if (filter.insuredRegion() != null) {
            criteria = criteria.and("insuredRegion").is(filter.insuredRegion());
        }
        if (filter.treatmentRegion() != null) {
            criteria = criteria.and("treatmentRegion").is(filter.treatmentRegion());
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria settledAt = Criteria.where("settledAt");
            if (filter.from() != null) {
                settledAt = settledAt.gte(filter.from().atStartOfDay(zone).toInstant());
            }
            if (filter.to() != null) {
                settledAt = settledAt.lt(filter.to().plusDays(1).atStartOfDay(zone).toInstant());
            }
            criteria = new Criteria().andOperator(criteria, settledAt);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Settlement.class);
        List<Settlement> items = mongo.find(query.with(Sort.by(Sort.Direction.DESC, "settledAt")).skip((long) page * size).limit(size),
                Settlement.class);
        return new PageResult<>(items, page, size, total);
    }

    /**
     * The recovery job's work: abandons claims older than the claim timeout (releasing their reservations) and finishes
     * pending clearing increments and reservation releases. Everything it does is idempotent, so running it on several
     * instances at once is harmless.
     */
    public void recover() {
        Instant now = clock.instant();
        for (Settlement stale : settlements.findByStatusAndClaimedAtBefore(SettlementStatus.CLAIMED, now.minus(properties.claimTimeout()))) {
            try {
                stale.abandon(now);
                Settlement abandoned = settlements.save(stale);
                log.warn("Abandoned settlement claim {} of bill {} after {}", abandoned.id(), abandoned.billNumber(), properties.claimTimeout());
                releasePending(abandoned);
            } catch (OptimisticLockingFailureException | ConflictException finishedMeanwhile) {
                // it completed (or was taken over) just now: nothing to recover
            }
        }
        Instant settled = now.minus(properties.recoveryGrace());
        settlements.findByReleasePendingTrueAndUpdatedAtBefore(settled).forEach(this::releasePending);
        settlements.findByClearingPendingTrueAndUpdatedAtBefore(settled).forEach(this::applyClearing);
    }

    // --- preparation: every check that can refuse, before anything is written ---

    private Prepared prepare(SettleBill c, String hash) {
        IdNumbers.check(c.idNumber(), LocalDate.now(clock.withZone(zone)));
        if (c.dischargeDate().isBefore(c.admissionDate())) {
            throw new InvalidFieldException("dischargeDate", "after-admission", "dischargeDate must not be before admissionDate");
        }
        if (c.dischargeDate().isAfter(LocalDate.now(clock.withZone(zone)))) {
            throw new InvalidFieldException("dischargeDate", "past-or-today", "dischargeDate must not be in the future");
        }
        if (c.visitType() == VisitType.OUTPATIENT_CHRONIC_SPECIAL && (c.diseaseCode() == null || c.diseaseCode().isBlank())) {
            throw new InvalidFieldException("diseaseCode", "required-for-chronic", "an outpatient chronic/special visit needs diseaseCode");
        }
        RegisteredInstitution institution = c.mode() == SettlementMode.DIRECT ? institutions.require(c.institutionId())
                : institutions.find(c.institutionId()).orElse(null);
        String treatmentRegion = treatmentRegion(c, institution);
        SettleBill bill = c.atLevel(level(c, institution));
        Eligibility person = eligibility.check(c.idNumber(), c.admissionDate()).orElseThrow(() -> new BusinessRuleException("unknown-person",
                "Unknown person", "Enrollment knows no insured person with ID number " + IdNumbers.mask(c.idNumber())));
        if (!person.eligible()) {
            throw BusinessRuleException.withReasons("not-eligible", "Not eligible", "The person is not eligible for benefits on the admission date "
                    + c.admissionDate(), person.reasons());
        }
        if (c.visitType() == VisitType.OUTPATIENT_CHRONIC_SPECIAL && !person.qualifiedFor(c.diseaseCode(), c.admissionDate())) {
            throw new BusinessRuleException("no-qualification", "No chronic/special disease qualification", "The person holds no "
                    + "qualification for disease " + c.diseaseCode() + " in force on " + c.admissionDate(), Map.of("diseaseCode", c.diseaseCode()));
        }
        int year = c.dischargeDate().getYear();
        BenefitPolicy policy = policies.find(person.poolingRegion(), person.scheme(), year).orElseThrow(() -> new BusinessRuleException(
                "no-policy", "No policy", "The insured region " + person.poolingRegion() + " has no policy for " + person.scheme() + " in " + year,
                Map.of("insuredRegion", person.poolingRegion(), "year", year)));
        if (!catalogue.exists(treatmentRegion)) {
            throw new BusinessRuleException("no-catalogue", "No catalogue", "The treatment region " + treatmentRegion + " has no catalogue",
                    Map.of("treatmentRegion", treatmentRegion));
        }
        Filing filing = null;
        CareBasis basis;
        if (RegionCode.covers(person.poolingRegion(), treatmentRegion)) {
            basis = CareBasis.LOCAL;
        } else {
            filing = filings.covering(person.personId(), treatmentRegion, c.admissionDate()).orElse(null);
            if (filing != null) {
                // a filing that covers the stay decides the footing (and its reduction), whatever `emergency` says
                basis = basisOf(filing.type());
            } else if (c.emergency()) {
                // 异地急诊抢救 counts as filed (Appendix C); the diagnosis is what makes it checkable, and it is flagged
                if (c.diseaseCode() == null || c.diseaseCode().isBlank()) {
                    throw new InvalidFieldException("diseaseCode", "required-for-emergency", "an emergency outside the insured region "
                            + "without a filing needs diseaseCode, the ICD-10 diagnosis (e.g. I21.9)");
                }
                if (!c.diseaseCode().matches(SettleBill.DIAGNOSIS_PATTERN)) {
                    throw new InvalidFieldException("diseaseCode", "icd-10", "diseaseCode must be an ICD-10 diagnosis code such as I21 "
                            + "or I21.9");
                }
                basis = CareBasis.EMERGENCY;
            } else {
                throw new BusinessRuleException("no-filing", "No cross-region filing", "No active filing covers care in " + treatmentRegion
                        + " on " + c.admissionDate() + " for this person; file first (a hospital may make one up before discharge)",
                        Map.of("treatmentRegion", treatmentRegion, "insuredRegion", person.poolingRegion()));
            }
        }
        HospitalLevel level = bill.hospitalLevel();
        PolicyTerms terms = new PolicyTerms(policy.deductible(level), policy.ratio(level), policy.annualCap(),
                policy.referralReductionPoints(), policy.unreferredReductionPoints());
        Map<String, CatalogueEntry> entries = catalogue.lookup(treatmentRegion, c.lines().stream().map(BillLine::itemCode).distinct().toList());
        List<AuditFlag> flags = audit.evaluate(auditInput(c, person, entries, treatmentRegion, filing));
        List<AuditFlag> blocking = flags.stream().filter(AuditFlag::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new BusinessRuleException("audit-blocked", "Refused by audit rules", blocking.get(0).message(),
                    Map.of("auditFlags", blocking));
        }
        return new Prepared(bill, person, treatmentRegion, basis, filing, terms, entries, flags, year, hash);
    }

    /** A hospital treats in its registered region; a counter names the region of the bill it reimburses. */
    private static String treatmentRegion(SettleBill c, RegisteredInstitution institution) {
        if (c.mode() == SettlementMode.MANUAL) {
            if (!RegionCode.isValid(c.treatmentRegion())) {
                throw new InvalidFieldException("treatmentRegion", "pattern", "treatmentRegion must be a six-digit area code");
            }
            return c.treatmentRegion();
        }
        return institution.treatmentRegion();
    }

    /**
     * The hospital level is the institution register's, in force on the admission date; a level the request declares is only
     * checked against it. A counter reimbursing a bill of an institution the register does not hold names the level from the
     * bill (the clerk is not the party paid).
     */
    private static HospitalLevel level(SettleBill c, RegisteredInstitution institution) {
        if (institution != null) {
            return institution.levelForAdmission(c.admissionDate(), c.hospitalLevel());
        }
        if (c.hospitalLevel() == null) {
            throw new InvalidFieldException("hospitalLevel", "required-for-unregistered-institution", "institution " + c.institutionId()
                    + " is not in the institution register, so the reimbursement must name its hospitalLevel (from the bill)");
        }
        return c.hospitalLevel();
    }

    private static CareBasis basisOf(FilingType type) {
        if (type.longTerm()) {
            return CareBasis.LONG_TERM;
        }
        return switch (type) {
            case REFERRAL -> CareBasis.REFERRAL;
            case EMERGENCY -> CareBasis.EMERGENCY;
            default -> CareBasis.OTHER_TEMPORARY;
        };
    }

    private AuditInput auditInput(SettleBill c, Eligibility person, Map<String, CatalogueEntry> entries, String treatmentRegion,
                                  Filing filing) {
        List<AuditInput.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < c.lines().size(); i++) {
            BillLine line = c.lines().get(i);
            lines.add(new AuditInput.Line(i + 1, line.itemCode(), line.quantity(), line.serviceDate()));
        }
        List<AuditInput.PriorStay> prior = c.visitType() != VisitType.INPATIENT ? List.of()
                : settlements.findByPersonIdAndStatusAndVisitTypeAndDischargeDateBetween(person.personId(), SettlementStatus.COMPLETED,
                                VisitType.INPATIENT, c.admissionDate().minusDays(audit.readmissionDays() + 1L), c.admissionDate().plusDays(1))
                        .stream()
                        .filter(s -> !(s.institutionId().equals(c.institutionId()) && s.billNumber().equals(c.billNumber())))
                        .map(s -> new AuditInput.PriorStay(s.id(), s.institutionId(), s.billNumber(), s.admissionDate(), s.dischargeDate()))
                        .toList();
        return new AuditInput(c.visitType() == VisitType.INPATIENT, c.admissionDate(), c.dischargeDate(), c.diseaseCode(), lines, entries,
                person, prior, treatmentRegion, c.emergency(), filing == null ? null : filing.id());
    }

    private Calculation calculate(Prepared p, long paidFen) {
        return calculator.calculate(p.bill().lines(), p.catalogue(), p.terms(), p.basis(), Money.fromFen(paidFen));
    }

    // --- the writes ---

    /** An earlier request's result for this bill, if there is one to give (waiting briefly while it is in flight). */
    private Optional<Outcome> earlierOutcome(SettleBill c, String hash) {
        Optional<Settlement> found = settlements.findByInstitutionIdAndBillNumber(c.institutionId(), c.billNumber());
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
            s = settlements.findById(s.id()).orElseThrow();
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
            return settlements.insert(Settlement.claim("stl-" + UUID.randomUUID(), c, p, attempt, now));
        } catch (DuplicateKeyException taken) {
            Settlement existing = settlements.findByInstitutionIdAndBillNumber(c.institutionId(), c.billNumber()).orElse(null);
            if (existing == null || existing.status() != SettlementStatus.ABANDONED) {
                return null;
            }
            releasePending(existing);
            existing = settlements.findById(existing.id()).orElseThrow();
            try {
                existing.retake(c, p, attempt, now);
                return settlements.save(existing);
            } catch (OptimisticLockingFailureException | ConflictException other) {
                return null;
            }
        }
    }

    /** Reserves the fund payment with compare-and-set, recomputing whenever another bill of the person got in first. */
    private Calculation reserve(Settlement claimed, SettleBill c, Prepared p, String attempt) {
        String person = p.person().personId();
        for (int round = 0; round < properties.reserveAttempts(); round++) {
            Accumulator accumulator = accumulators.current(person, p.year());
            Optional<Accumulator.Reservation> leftover = accumulator.reservationFor(claimed.billKey());
            if (leftover.isPresent() && !leftover.get().attempt().equals(attempt)) {
                // an abandoned attempt of this bill; we hold the claim now, so it can no longer complete
                accumulators.release(person, p.year(), claimed.billKey(), leftover.get().attempt());
                continue;
            }
            Calculation calculation = calculate(p, accumulator.fundPaidFen());
            if (accumulators.reserve(person, p.year(), claimed.billKey(), attempt, accumulator.fundPaidFen(),
                    Money.toFen(calculation.fundPayment()))) {
                return calculation;
            }
            sleep(ThreadLocalRandom.current().nextInt(1, 2 + Math.min(round, 20)));
        }
        compensate(claimed.id(), p, claimed.billKey(), attempt);
        throw new ConflictException("The person's year-to-date total kept changing while bill " + c.billNumber() + " was settled; retry");
    }

    /** Undoes a failed attempt: its reservation back, its claim abandoned. Best effort; the recovery job finishes what fails here. */
    private void compensate(String settlementId, Prepared p, String billKey, String attempt) {
        try {
            accumulators.release(p.person().personId(), p.year(), billKey, attempt);
            settlements.findById(settlementId).filter(s -> s.status() == SettlementStatus.CLAIMED && attempt.equals(s.attempt()))
                    .ifPresent(s -> {
                        s.abandon(clock.instant());
                        Settlement abandoned = settlements.save(s);
                        clearFlag(abandoned, Settlement.RELEASE_PENDING);
                    });
        } catch (RuntimeException e) {
            log.warn("Compensation of settlement {} failed; the recovery job will finish it", settlementId, e);
        }
    }

    private void finishSideEffects(Settlement s) {
        releasePending(s);
        applyClearing(s);
    }

    /** Releases the reservation a reversed settlement or an abandoned attempt holds, then clears the flag. */
    private void releasePending(Settlement s) {
        if (!s.releasePending()) {
            return;
        }
        if (s.personId() != null) {
            accumulators.release(s.personId(), s.accumulatorYear(), s.billKey(), s.attempt());
        }
        clearFlag(s, Settlement.RELEASE_PENDING);
    }

    /** Adds a settlement (and its reversal) to the clearing totals — each idempotent — then clears the flag. */
    private void applyClearing(Settlement s) {
        if (!s.clearingPending() || s.calculation() == null) {
            return;
        }
        long fund = Money.toFen(s.calculation().fundPayment());
        long total = Money.toFen(s.calculation().total());
        clearing.recordSettled(s.id(), s.settledPeriod(), s.insuredRegion(), s.treatmentRegion(), fund, total);
        if (s.status() == SettlementStatus.REVERSED) {
            clearing.recordReversed(s.id(), s.reversedPeriod(), s.insuredRegion(), s.treatmentRegion(), fund, total);
        }
        clearFlag(s, Settlement.CLEARING_PENDING);
    }

    /** Clears a pending flag only if the settlement is still in the state whose side effect was done (a later change re-sets it). */
    private void clearFlag(Settlement s, String flag) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(s.id()).and("status").is(s.status()).and("attempt").is(s.attempt())),
                new Update().set(flag, false), Settlement.class);
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
