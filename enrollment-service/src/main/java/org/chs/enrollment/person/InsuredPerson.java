package org.chs.enrollment.person;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.chs.enrollment.personaldata.ProtectedIdNumber;
import org.chs.enrollment.personaldata.Sex;
import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.handling.HandlingRecord;
import org.chs.platform.messaging.HasOutbox;
import org.chs.platform.messaging.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 参保人 — an insured person's enrolment record in one scheme (参保档案): identity (the ID number only encrypted), scheme,
 * pooling region, employer, household links, status with history, contributions per year, chronic/special disease
 * qualifications, and the handlings (办件) done on the record.
 *
 * <p>Everything a handling changes lives in this one document, so the business change, the handling record and the outgoing
 * events ({@link #outbox()}) are written together in one document write: there is no half-done handling to repair.
 */
@Document("persons")
@CompoundIndexes({
        // The database, not a prior read, refuses a second enrolment of a number in a scheme.
        @CompoundIndex(name = "one_enrolment_per_scheme", def = "{'idNumberBlindIndex': 1, 'scheme': 1}", unique = true),
        @CompoundIndex(name = "handlings_by_point_and_day", def = "{'handlings.servicePointId': 1, 'handlings.completedOn': 1}"),
        @CompoundIndex(name = "household_members", def = "{'household.personId': 1}")
})
public class InsuredPerson implements HasOutbox {

    @Id
    private String id;
    @Version
    private Long version;

    private String idNumberCipher;
    private String idNumberBlindIndex;
    private String maskedIdNumber;
    private String name;
    private Sex sex;
    private LocalDate birthDate;
    private Scheme scheme;
    private String poolingRegion;
    private Employer employer;
    private boolean newborn;
    private LocalDate coverageStart;
    private PersonStatus status;

    private List<HouseholdLink> household = new ArrayList<>();
    private List<StatusChange> statusHistory = new ArrayList<>();
    private List<Contribution> contributions = new ArrayList<>();
    private List<Qualification> qualifications = new ArrayList<>();
    private List<HandlingRecord> handlings = new ArrayList<>();
    private List<OutboxMessage> outbox = new ArrayList<>();

    private Instant createdAt;
    private String createdBy;
    private Instant lastModifiedAt;
    private String lastModifiedBy;

    @Transient
    private List<PersonEvent> pendingEvents = new ArrayList<>();

    InsuredPerson() {
    }

    /** What an enrolment needs besides the handling; checked by {@link PersonService} against the ID number. */
    record Facts(ProtectedIdNumber idNumber, String name, Sex sex, LocalDate birthDate, Scheme scheme, String poolingRegion,
                 Employer employer, LocalDate coverageStart, boolean newborn, HouseholdLink parent) {
    }

    static InsuredPerson enrol(Facts facts, HandlingRecord handling) {
        if (facts.scheme() == Scheme.EMPLOYEE && facts.employer() == null) {
            throw BusinessRuleException.generic("employer-required", "an employee is enrolled through an employer: give employer");
        }
        if (facts.scheme() == Scheme.URBAN_RURAL_RESIDENT && facts.employer() != null) {
            throw BusinessRuleException.generic("employer-not-applicable", "urban-rural residents are not enrolled through an employer");
        }
        if (facts.coverageStart().isBefore(facts.birthDate())) {
            throw BusinessRuleException.generic("coverage-before-birth", "coverage cannot start before the birth date");
        }
        InsuredPerson person = new InsuredPerson();
        person.id = "psn-" + UUID.randomUUID();
        person.idNumberCipher = facts.idNumber().cipherText();
        person.idNumberBlindIndex = facts.idNumber().blindIndex();
        person.maskedIdNumber = facts.idNumber().masked();
        person.name = facts.name();
        person.sex = facts.sex();
        person.birthDate = facts.birthDate();
        person.scheme = facts.scheme();
        person.poolingRegion = facts.poolingRegion();
        person.employer = facts.employer();
        person.newborn = facts.newborn();
        person.coverageStart = facts.coverageStart();
        person.status = PersonStatus.ACTIVE;
        if (facts.parent() != null) {
            person.household.add(facts.parent());
        }
        person.createdAt = handling.completedAt();
        person.createdBy = handling.operator();
        handling = withPerson(handling, person.id);
        person.pendingEvents.add(new PersonEvent.PersonEnrolled(person.id, person.scheme, person.poolingRegion, person.coverageStart,
                person.newborn, facts.parent() == null ? null : facts.parent().personId(), handling.id(), handling.completedAt()));
        person.record(handling);
        return person;
    }

    /** 信息变更: name, employer, pooling region; {@code null} keeps the value. */
    void changeInformation(String newName, Employer newEmployer, String newPoolingRegion, HandlingRecord handling) {
        requireNot(PersonStatus.DECEASED, "the record of a deceased person is closed");
        if (newName == null && newEmployer == null && newPoolingRegion == null) {
            throw BusinessRuleException.generic("nothing-to-change", "give at least one of name, employer, poolingRegion");
        }
        if (newEmployer != null && scheme != Scheme.EMPLOYEE) {
            throw BusinessRuleException.generic("employer-not-applicable", "only employees have an employer");
        }
        if (newName != null) {
            name = newName;
        }
        if (newEmployer != null) {
            employer = newEmployer;
        }
        if (newPoolingRegion != null) {
            poolingRegion = newPoolingRegion;
        }
        record(handling);
    }

    /** Moves to another status, guarded by {@link PersonStatus#next()}; the change applies from {@code effectiveDate}. */
    StatusChange changeStatus(PersonStatus target, String reason, LocalDate effectiveDate, String destinationRegion, LocalDate today,
                              HandlingRecord handling) {
        if (!status.canBecome(target)) {
            throw new IllegalStatusTransitionException(status, target);
        }
        if (effectiveDate.isAfter(today)) {
            throw BusinessRuleException.generic("effective-date-in-future", "a status change applies from today or an earlier day");
        }
        LocalDate earliest = statusHistory.isEmpty() ? coverageStart : statusHistory.get(statusHistory.size() - 1).effectiveDate();
        if (effectiveDate.isBefore(earliest)) {
            throw BusinessRuleException.generic("effective-date-too-early",
                    "the change cannot apply before " + earliest + " (coverage start or the previous change)");
        }
        StatusChange change = new StatusChange(status, target, reason, effectiveDate, destinationRegion, handling.completedAt(),
                handling.operator(), handling.id());
        status = target;
        statusHistory.add(change);
        pendingEvents.add(new PersonEvent.PersonStatusChanged(id, scheme, change));
        record(handling);
        return change;
    }

    /** 缴费: a contribution for a year; receipt numbers must not repeat within a channel (the register checks across persons). */
    Contribution recordContribution(int year, BigDecimal amount, ContributionChannel channel, String receiptNumber, LocalDate today,
                                    HandlingRecord handling) {
        if (status != PersonStatus.ACTIVE && status != PersonStatus.SUSPENDED) {
            throw BusinessRuleException.generic("not-contributing", "contributions are recorded for active or suspended persons, this one is "
                    + status);
        }
        if (amount == null || amount.signum() <= 0) {
            throw BusinessRuleException.generic("amount-not-positive", "the amount must be positive");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw BusinessRuleException.generic("amount-scale", "the amount is in yuan with at most two decimals (fen)");
        }
        if (year < birthDate.getYear() || year > today.getYear() + 1) {
            throw BusinessRuleException.generic("year-out-of-range", "contributions are for a year from the birth year to next year");
        }
        if (contributions.stream().anyMatch(c -> c.channel() == channel && c.receiptNumber().equals(receiptNumber))) {
            throw new DuplicateReceiptException(channel, receiptNumber);
        }
        Contribution contribution = new Contribution(year, amount.setScale(2, RoundingMode.HALF_UP), channel, receiptNumber,
                handling.completedAt(), handling.id());
        contributions.add(contribution);
        record(handling);
        return contribution;
    }

    /** 门慢特病待遇认定: grants a qualification; one valid qualification per disease at a time. */
    Qualification grantQualification(String diseaseCode, String evidenceReference, LocalDate validFrom, LocalDate validTo,
                                     HandlingRecord handling) {
        if (status != PersonStatus.ACTIVE) {
            throw BusinessRuleException.generic("not-active", "qualifications are granted to active persons, this one is " + status);
        }
        if (validTo.isBefore(validFrom)) {
            throw BusinessRuleException.generic("validity-reversed", "validTo must not be before validFrom");
        }
        if (qualifications.stream().anyMatch(q -> q.revokedAt() == null && q.diseaseCode().equals(diseaseCode)
                && q.overlaps(validFrom, validTo))) {
            throw BusinessRuleException.generic("qualification-overlaps",
                    "a qualification for disease " + diseaseCode + " is already valid in part of this period");
        }
        Qualification qualification = new Qualification("qlf-" + UUID.randomUUID(), diseaseCode, evidenceReference, validFrom, validTo,
                handling.completedAt(), handling.id(), null, null);
        qualifications.add(qualification);
        record(handling);
        return qualification;
    }

    Qualification revokeQualification(String qualificationId, String reason, HandlingRecord handling) {
        int index = indexOfQualification(qualificationId);
        Qualification current = qualifications.get(index);
        if (current.revokedAt() != null) {
            throw BusinessRuleException.generic("already-revoked", "the qualification was revoked at " + current.revokedAt());
        }
        Qualification revoked = current.revoked(handling.completedAt(), reason);
        qualifications.set(index, revoked);
        record(handling);
        return revoked;
    }

    /** A handling that only reads (queries, prints) is still recorded and published. */
    void recordQuery(HandlingRecord handling) {
        record(handling);
    }

    private void record(HandlingRecord handling) {
        HandlingRecord own = withPerson(handling, id);
        handlings.add(own);
        lastModifiedAt = own.completedAt();
        lastModifiedBy = own.operator();
        pendingEvents.add(new PersonEvent.HandlingCompleted(own));
    }

    private static HandlingRecord withPerson(HandlingRecord h, String personId) {
        return h.personId() != null ? h : h.about(personId);
    }

    private void requireNot(PersonStatus forbidden, String message) {
        if (status == forbidden) {
            throw BusinessRuleException.generic("status-" + forbidden.name().toLowerCase(), message);
        }
    }

    private int indexOfQualification(String qualificationId) {
        for (int i = 0; i < qualifications.size(); i++) {
            if (qualifications.get(i).id().equals(qualificationId)) {
                return i;
            }
        }
        throw BusinessRuleException.generic("no-such-qualification", "person " + id + " has no qualification " + qualificationId);
    }

    // ---- queries ----

    /** The status on a date: {@code ACTIVE} from the coverage start, then each change from its effective date. */
    public PersonStatus statusOn(LocalDate date) {
        PersonStatus result = PersonStatus.ACTIVE;
        for (StatusChange change : statusHistory) {
            if (!change.effectiveDate().isAfter(date)) {
                result = change.to();
            }
        }
        return result;
    }

    /** Sum of contributions recorded for a year. */
    public BigDecimal contributedFor(int year) {
        return contributions.stream().filter(c -> c.year() == year).map(Contribution::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Coverage rule: covered in year Y from the coverage start when the contributions for Y reach the configured minimum
     * (any positive amount by default); a newborn is also covered in its birth year without a contribution when the policy says so.
     */
    public boolean coveredIn(int year, EnrolmentPolicy policy) {
        if (coverageStart.getYear() > year) {
            return false;
        }
        if (newborn && policy.newbornCoveredInBirthYear() && birthDate.getYear() == year) {
            return true;
        }
        BigDecimal paid = contributedFor(year);
        return paid.signum() > 0 && paid.compareTo(policy.minimumContribution(scheme, year)) >= 0;
    }

    public Eligibility eligibilityOn(LocalDate date, EnrolmentPolicy policy) {
        List<String> reasons = new ArrayList<>();
        boolean started = !date.isBefore(coverageStart);
        if (!started) {
            reasons.add("BEFORE_COVERAGE_START");
        }
        PersonStatus statusOnDate = started ? statusOn(date) : status;
        if (statusOnDate != PersonStatus.ACTIVE) {
            reasons.add("STATUS_" + statusOnDate.name());
        }
        boolean paid = coveredIn(date.getYear(), policy);
        if (!paid) {
            reasons.add("NO_CONTRIBUTION_FOR_YEAR");
        }
        boolean covered = started && paid;
        List<Qualification> valid = qualifications.stream().filter(q -> q.statusOn(date) == QualificationStatus.ACTIVE).toList();
        return new Eligibility(date, statusOnDate, covered, covered && statusOnDate == PersonStatus.ACTIVE, List.copyOf(reasons), valid);
    }

    /** Years with recorded contributions, ascending. */
    public List<Integer> contributionYears() {
        return contributions.stream().map(Contribution::year).distinct().sorted().toList();
    }

    public Optional<HandlingRecord> handling(String handlingId) {
        return handlings.stream().filter(h -> h.id().equals(handlingId)).findFirst();
    }

    /** Events raised since the last {@link #takePendingEvents()}, to be staged in the outbox before saving. */
    List<PersonEvent> takePendingEvents() {
        List<PersonEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    @Override
    public List<OutboxMessage> outbox() {
        return outbox;
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public String idNumberCipher() {
        return idNumberCipher;
    }

    public String idNumberBlindIndex() {
        return idNumberBlindIndex;
    }

    public String maskedIdNumber() {
        return maskedIdNumber;
    }

    public String name() {
        return name;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Scheme scheme() {
        return scheme;
    }

    public String poolingRegion() {
        return poolingRegion;
    }

    public Employer employer() {
        return employer;
    }

    public boolean newborn() {
        return newborn;
    }

    public LocalDate coverageStart() {
        return coverageStart;
    }

    public PersonStatus status() {
        return status;
    }

    public List<HouseholdLink> household() {
        return Collections.unmodifiableList(household);
    }

    public List<StatusChange> statusHistory() {
        return Collections.unmodifiableList(statusHistory);
    }

    public List<Contribution> contributions() {
        return contributions.stream().sorted(Comparator.comparing(Contribution::year).thenComparing(Contribution::paidAt)).toList();
    }

    public List<Qualification> qualifications() {
        return Collections.unmodifiableList(qualifications);
    }

    public List<HandlingRecord> handlings() {
        return Collections.unmodifiableList(handlings);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant lastModifiedAt() {
        return lastModifiedAt;
    }

    public String lastModifiedBy() {
        return lastModifiedBy;
    }
}
