package org.chs.enrollment.person;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

import org.chs.enrollment.personaldata.IdNumber;
import org.chs.enrollment.personaldata.PersonalDataProtector;
import org.chs.enrollment.personaldata.ProtectedIdNumber;
import org.chs.enrollment.personaldata.Sex;
import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.handling.HandlingRecord;
import org.chs.platform.handling.OpenHandling;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;

/**
 * 参保经办 — the use cases on insured persons. Each one takes an {@link OpenHandling} (already authorised for the caller's
 * point and the item), changes the person, stages the events in the person's outbox and saves the person once.
 */
@Service
public class PersonService {

    private static final int ATTEMPTS = 3;

    private final PersonRepository persons;
    private final ContributionReceiptRepository receipts;
    private final HandlingLog handlingLog;
    private final PersonEvents events;
    private final PersonalDataProtector protector;
    private final EnrolmentPolicy policy;
    private final Clock clock;

    public PersonService(PersonRepository persons, ContributionReceiptRepository receipts, HandlingLog handlingLog, PersonEvents events,
                         PersonalDataProtector protector, EnrolmentPolicy policy, Clock clock) {
        this.persons = persons;
        this.receipts = receipts;
        this.handlingLog = handlingLog;
        this.events = events;
        this.protector = protector;
        this.policy = policy;
        this.clock = clock;
    }

    /** 参保登记 command; sex and birth date may be omitted (they are read from the ID number) but must agree when given. */
    public record Enrolment(String idNumber, String name, Sex sex, LocalDate birthDate, Scheme scheme, String poolingRegion,
                            Employer employer, LocalDate coverageStart) {
    }

    /** 新生儿参保 command; the pooling region defaults to the parent's. */
    public record NewbornEnrolment(String parentPersonId, String idNumber, String name, Sex sex, LocalDate birthDate,
                                   String poolingRegion) {
    }

    /** 信息变更 command; {@code null} fields are kept. */
    public record InformationChange(String name, Employer employer, String poolingRegion) {
    }

    public Handled<InsuredPerson> enrol(Enrolment enrolment, OpenHandling handling) {
        LocalDate today = today();
        IdNumber idNumber = parseAndCompare(enrolment.idNumber(), enrolment.sex(), enrolment.birthDate(), today);
        LocalDate coverageStart = enrolment.coverageStart() != null ? enrolment.coverageStart() : today;
        return insert(new InsuredPerson.Facts(protector.protect(idNumber), enrolment.name(), idNumber.sex(), idNumber.birthDate(),
                enrolment.scheme(), enrolment.poolingRegion(), enrolment.employer(), coverageStart, false, null), handling);
    }

    public Handled<InsuredPerson> enrolNewborn(NewbornEnrolment enrolment, OpenHandling handling) {
        LocalDate today = today();
        InsuredPerson parent = get(enrolment.parentPersonId());
        IdNumber idNumber = parseAndCompare(enrolment.idNumber(), enrolment.sex(), enrolment.birthDate(), today);
        if (idNumber.birthDate().isBefore(today.minus(policy.newbornMaximumAge()))) {
            throw BusinessRuleException.generic("not-a-newborn", "a child born on " + idNumber.birthDate() + " is older than "
                    + policy.newbornMaximumAge() + " and is enrolled as a resident (ENR-02)");
        }
        LocalDate coverageStart = policy.newbornCoverageStart() == CoverageStart.BIRTH_DATE ? idNumber.birthDate() : today;
        String region = enrolment.poolingRegion() != null ? enrolment.poolingRegion() : parent.poolingRegion();
        return insert(new InsuredPerson.Facts(protector.protect(idNumber), enrolment.name(), idNumber.sex(), idNumber.birthDate(),
                Scheme.URBAN_RURAL_RESIDENT, region, null, coverageStart, true,
                new HouseholdLink(HouseholdLink.Relation.PARENT, parent.id())), handling);
    }

    public Handled<InsuredPerson> changeInformation(String personId, InformationChange change, OpenHandling handling) {
        return update(personId, handling, (person, record) -> {
            person.changeInformation(change.name(), change.employer(), change.poolingRegion(), record);
            return person;
        });
    }

    /** Suspend, resume, terminate or record a death; transfers go through {@link #transferOut}. */
    public Handled<StatusChange> changeStatus(String personId, PersonStatus target, String reason, LocalDate effectiveDate,
                                              OpenHandling handling) {
        if (target == PersonStatus.TRANSFERRED_OUT) {
            throw BusinessRuleException.generic("use-transfer-out", "a transfer out names the destination region: use transfer-out");
        }
        LocalDate today = today();
        return update(personId, handling, (person, record) -> person.changeStatus(target, reason,
                effectiveDate != null ? effectiveDate : today, null, today, record));
    }

    public Handled<StatusChange> transferOut(String personId, String destinationRegion, String reason, LocalDate effectiveDate,
                                             OpenHandling handling) {
        LocalDate today = today();
        return update(personId, handling, (person, record) -> {
            if (destinationRegion.equals(person.poolingRegion())) {
                throw BusinessRuleException.generic("same-region", "the destination is the person's own pooling region");
            }
            return person.changeStatus(PersonStatus.TRANSFERRED_OUT, reason, effectiveDate != null ? effectiveDate : today,
                    destinationRegion, today, record);
        });
    }

    /**
     * 缴费: claims the receipt number in the register (an insert the database refuses twice), then records the contribution
     * on the person. A claim left by an attempt that failed afterwards is reused only for the same person, year and amount.
     */
    public Handled<Contribution> recordContribution(String personId, int year, BigDecimal amount, String receiptNumber,
                                                    OpenHandling handling) {
        if (amount == null || amount.signum() <= 0) {
            throw BusinessRuleException.generic("amount-not-positive", "the amount must be positive");
        }
        ContributionChannel channel = ContributionChannel.of(handling.channel());
        get(personId);
        boolean claimedNow = claimReceipt(channel, receiptNumber, personId, year, amount, handling);
        try {
            LocalDate today = today();
            return update(personId, handling,
                    (person, record) -> person.recordContribution(year, amount, channel, receiptNumber, today, record));
        } catch (RuntimeException e) {
            if (claimedNow && !(e instanceof DuplicateReceiptException)) {
                receipts.deleteById(ContributionReceipt.key(channel, receiptNumber));
            }
            throw e;
        }
    }

    public Handled<Qualification> grantQualification(String personId, String diseaseCode, String evidenceReference, LocalDate validFrom,
                                                     LocalDate validTo, OpenHandling handling) {
        return update(personId, handling,
                (person, record) -> person.grantQualification(diseaseCode, evidenceReference, validFrom, validTo, record));
    }

    public Handled<Qualification> revokeQualification(String personId, String qualificationId, String reason, OpenHandling handling) {
        return update(personId, handling, (person, record) -> person.revokeQualification(qualificationId, reason, record));
    }

    /** Queries and prints (QRY-01…03): nothing changes but the handling is recorded and published. */
    public Handled<InsuredPerson> recordQuery(String personId, OpenHandling handling) {
        return update(personId, handling, (person, record) -> {
            person.recordQuery(record);
            return person;
        });
    }

    public InsuredPerson get(String personId) {
        return persons.findById(personId).orElseThrow(() -> new PersonNotFoundException(personId));
    }

    /** The enrolments (one per scheme at most) of a resident ID number, found by blind index. */
    public List<InsuredPerson> findByIdNumber(String rawIdNumber) {
        IdNumber idNumber = IdNumber.parse(rawIdNumber, today());
        return persons.findByIdNumberBlindIndex(protector.blindIndex(idNumber));
    }

    /** Persons linked to this one as their parent or guardian. */
    public List<InsuredPerson> dependants(String personId) {
        return persons.findByHouseholdPersonId(personId);
    }

    public Slice<HandlingRecord> handlingsAt(String servicePointId, LocalDate day, int page, int size) {
        return handlingLog.atPointOn(servicePointId, day, page, size);
    }

    /** The full ID number; the caller must have checked the role and audited the disclosure. */
    public IdNumber revealIdNumber(InsuredPerson person) {
        return protector.reveal(person.idNumberCipher());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(policy.zone()));
    }

    private Handled<InsuredPerson> insert(InsuredPerson.Facts facts, OpenHandling handling) {
        HandlingRecord record = handling.complete(null, clock.instant(), policy.zone());
        InsuredPerson person = InsuredPerson.enrol(facts, record);
        events.stage(person, person.takePendingEvents());
        try {
            InsuredPerson saved = persons.insert(person);
            return new Handled<>(saved, saved, saved.handling(handling.id()).orElseThrow(), handling);
        } catch (DuplicateKeyException e) {
            ProtectedIdNumber id = facts.idNumber();
            String existing = persons.findByIdNumberBlindIndexAndScheme(id.blindIndex(), facts.scheme()).map(InsuredPerson::id)
                    .orElse(null);
            throw new DuplicateEnrolmentException(existing, facts.scheme());
        }
    }

    private <T> Handled<T> update(String personId, OpenHandling handling, BiFunction<InsuredPerson, HandlingRecord, T> change) {
        for (int attempt = 1; ; attempt++) {
            InsuredPerson person = get(personId);
            Instant now = clock.instant();
            T result = change.apply(person, handling.complete(personId, now, policy.zone()));
            events.stage(person, person.takePendingEvents());
            try {
                InsuredPerson saved = persons.save(person);
                return new Handled<>(result, saved, saved.handling(handling.id()).orElseThrow(), handling);
            } catch (OptimisticLockingFailureException e) {
                // Another handling on the same person won the race; redo this one on the fresh document.
                if (attempt == ATTEMPTS) {
                    throw new ConcurrentChangeException(personId);
                }
            }
        }
    }

    private boolean claimReceipt(ContributionChannel channel, String receiptNumber, String personId, int year, BigDecimal amount,
                                 OpenHandling handling) {
        try {
            receipts.insert(new ContributionReceipt(channel, receiptNumber, personId, year, amount, handling.id(), clock.instant()));
            return true;
        } catch (DuplicateKeyException e) {
            boolean leftByFailedAttempt = receipts.findById(ContributionReceipt.key(channel, receiptNumber))
                    .map(claim -> claim.samePayment(personId, year, amount)).orElse(false);
            if (!leftByFailedAttempt) {
                throw new DuplicateReceiptException(channel, receiptNumber);
            }
            // Same payment: the person's own record decides whether it is already there (then DuplicateReceiptException).
            return false;
        }
    }

    private static IdNumber parseAndCompare(String raw, Sex sex, LocalDate birthDate, LocalDate today) {
        IdNumber idNumber = IdNumber.parse(raw, today);
        if (birthDate != null && !birthDate.equals(idNumber.birthDate())) {
            throw BusinessRuleException.generic("birth-date-mismatch", "birthDate does not agree with the birth date in the ID number");
        }
        if (sex != null && sex != idNumber.sex()) {
            throw BusinessRuleException.generic("sex-mismatch", "sex does not agree with the ID number");
        }
        return idNumber;
    }
}
