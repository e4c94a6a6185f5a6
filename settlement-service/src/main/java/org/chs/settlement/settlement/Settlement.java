package org.chs.settlement.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.handling.HandlingRecord;
import org.chs.platform.messaging.HasOutbox;
import org.chs.platform.messaging.OutboxMessage;
import org.chs.settlement.audit.AuditFlag;
import org.chs.settlement.filing.FilingType;
import org.chs.settlement.policy.HospitalLevel;
import org.chs.settlement.policy.Scheme;
import org.chs.settlement.shared.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 结算单 — one bill's settlement: who, where, on what footing, every amount of the calculation, the audit flags, and its
 * lifecycle CLAIMED → COMPLETED → REVERSED (or CLAIMED → ABANDONED). The unique index on (institution, bill number) is the
 * idempotency key; side effects on other documents (accumulator release, clearing totals) are marked pending here in the
 * same write that makes them due, and cleared once done, so a crash in between is finished later, never lost.
 */
@Document("settlements")
@CompoundIndexes({
        @CompoundIndex(name = "bill", def = "{'institutionId': 1, 'billNumber': 1}", unique = true),
        @CompoundIndex(name = "person_stays", def = "{'personId': 1, 'dischargeDate': -1}"),
        @CompoundIndex(name = "handlings_by_point_and_day", sparse = true,
                def = "{'handling.servicePointId': 1, 'handling.completedOn': 1, 'handling.completedAt': 1}")
})
public class Settlement implements HasOutbox {

    static final String CLEARING_PENDING = "clearingPending";
    static final String RELEASE_PENDING = "releasePending";

    @Id
    private String id;
    @Version
    private Long version;
    private String institutionId;
    private String billNumber;
    private String requestHash;
    private SettlementMode mode;
    @Indexed
    private SettlementStatus status;
    private String attempt;
    private Instant claimedAt;
    private String servicePointId;
    private String operator;
    private String personId;
    private String maskedIdNumber;
    private Scheme scheme;
    private String insuredRegion;
    private String treatmentRegion;
    private VisitType visitType;
    private String diseaseCode;
    private HospitalLevel hospitalLevel;
    private LocalDate admissionDate;
    private LocalDate dischargeDate;
    private boolean emergency;
    private CareBasis basis;
    private String filingId;
    private FilingType filingType;
    private int accumulatorYear;
    private Calculation calculation;
    private List<AuditFlag> auditFlags = new ArrayList<>();
    @Indexed
    private Instant settledAt;
    @Indexed
    private String settledPeriod;
    private Instant reversedAt;
    @Indexed
    private String reversedPeriod;
    private String reversalReason;
    private String reversedBy;
    private boolean clearingPending;
    private boolean releasePending;
    private HandlingRecord handling;
    private PaymentRecord payment;
    private Instant createdAt;
    private Instant updatedAt;
    private List<OutboxMessage> outbox = new ArrayList<>();
    /** Domain events of changes not yet staged: the sequence hands them to {@link SettlementEvents} before the save. */
    @Transient
    private List<SettlementEvent> pendingEvents = new ArrayList<>();

    Settlement() {
    }

    /** Takes the bill number: the document that the unique index lets exist once per institution. */
    static Settlement claim(String id, SettleBill command, Prepared prepared, String attempt, Instant now) {
        Settlement s = new Settlement();
        s.personId = prepared.person().personId();
        s.accumulatorYear = prepared.year();
        s.id = id;
        s.institutionId = command.institutionId();
        s.billNumber = command.billNumber();
        s.requestHash = prepared.requestHash();
        s.mode = command.mode();
        s.status = SettlementStatus.CLAIMED;
        s.attempt = attempt;
        s.claimedAt = now;
        s.servicePointId = command.servicePointId();
        s.operator = command.operator();
        s.createdAt = now;
        s.updatedAt = now;
        return s;
    }

    /**
     * 冲正 of a bill number never settled: takes the number (the same unique index), so that a settlement request still on its
     * way cannot settle what the hospital believes reversed.
     */
    static Settlement voided(String id, String institutionId, String billNumber, String reason, String actor, Instant now) {
        Settlement s = new Settlement();
        s.id = id;
        s.institutionId = institutionId;
        s.billNumber = billNumber;
        s.status = SettlementStatus.VOIDED;
        s.attempt = "void";
        s.reversedAt = now;
        s.reversalReason = reason;
        s.reversedBy = actor;
        s.createdAt = now;
        s.updatedAt = now;
        return s;
    }

    /** A retry takes over an abandoned claim, with its own attempt id; the old attempt can no longer complete. */
    void retake(SettleBill command, Prepared prepared, String attempt, Instant now) {
        if (status != SettlementStatus.ABANDONED || releasePending) {
            throw new ConflictException("Bill " + billNumber + " is " + status + ", it cannot be taken over yet");
        }
        this.personId = prepared.person().personId();
        this.accumulatorYear = prepared.year();
        this.requestHash = prepared.requestHash();
        this.mode = command.mode();
        this.status = SettlementStatus.CLAIMED;
        this.attempt = attempt;
        this.claimedAt = now;
        this.servicePointId = command.servicePointId();
        this.operator = command.operator();
        this.updatedAt = now;
    }

    /** Fills in the settled facts; the caller saves with the version it claimed, so a claim taken over meanwhile fails. */
    void complete(SettleBill command, Prepared prepared, Calculation calculation, Instant now, String period, HandlingRecord handling,
                  PaymentRecord payment) {
        if (status != SettlementStatus.CLAIMED) {
            throw new ConflictException("Bill " + billNumber + " is " + status + ", not being settled");
        }
        this.status = SettlementStatus.COMPLETED;
        this.personId = prepared.person().personId();
        this.maskedIdNumber = prepared.person().maskedIdNumber();
        this.scheme = prepared.person().scheme();
        this.insuredRegion = prepared.person().poolingRegion();
        this.treatmentRegion = prepared.treatmentRegion();
        this.visitType = command.visitType();
        this.diseaseCode = command.diseaseCode();
        this.hospitalLevel = command.hospitalLevel();
        this.admissionDate = command.admissionDate();
        this.dischargeDate = command.dischargeDate();
        this.emergency = command.emergency();
        this.basis = prepared.basis();
        this.filingId = prepared.filing() == null ? null : prepared.filing().id();
        this.filingType = prepared.filing() == null ? null : prepared.filing().type();
        this.accumulatorYear = prepared.year();
        this.calculation = calculation;
        this.auditFlags = new ArrayList<>(prepared.auditFlags());
        this.settledAt = now;
        this.settledPeriod = period;
        this.clearingPending = true;
        this.handling = handling;
        this.payment = payment;
        this.updatedAt = now;
        pendingEvents.add(new SettlementEvent.SettlementCompleted(id, billNumber, institutionId, servicePointId, personId, insuredRegion,
                treatmentRegion, visitType, mode, calculation.total(), calculation.fundPayment(), calculation.personalPayment(), now));
        if (handling != null) {
            pendingEvents.add(new SettlementEvent.HandlingCompleted(handling));
        }
    }

    /** An attempt that cannot finish gives the bill number back for a retry; its reservation is to be released. */
    void abandon(Instant now) {
        if (status != SettlementStatus.CLAIMED) {
            throw new ConflictException("Bill " + billNumber + " is " + status + ", not being settled");
        }
        status = SettlementStatus.ABANDONED;
        releasePending = true;
        updatedAt = now;
    }

    /** 冲正 — only a completed settlement; the accumulator release and the clearing reversal become due in the same write. */
    void reverse(String reason, String actor, Instant now, String period) {
        if (status != SettlementStatus.COMPLETED) {
            throw new BusinessRuleException("not-reversible", "Not reversible", "Bill " + billNumber + " is " + status
                    + "; only a completed settlement can be reversed");
        }
        status = SettlementStatus.REVERSED;
        reversedAt = now;
        reversedPeriod = period;
        reversalReason = reason;
        reversedBy = actor;
        releasePending = true;
        clearingPending = true;
        if (payment != null) {
            payment = payment.cancelled();
        }
        updatedAt = now;
        pendingEvents.add(new SettlementEvent.SettlementReversed(id, billNumber, institutionId, servicePointId, personId, insuredRegion,
                treatmentRegion, mode, calculation.fundPayment(), reason, now));
    }

    /** The domain events of the changes made since the last call, for staging in the outbox with the next save. */
    List<SettlementEvent> takePendingEvents() {
        List<SettlementEvent> events = List.copyOf(pendingEvents);
        pendingEvents.clear();
        return events;
    }

    public String billKey() {
        return billKey(institutionId, billNumber);
    }

    static String billKey(String institutionId, String billNumber) {
        return institutionId + "|" + billNumber;
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

    public String institutionId() {
        return institutionId;
    }

    public String billNumber() {
        return billNumber;
    }

    public String requestHash() {
        return requestHash;
    }

    public SettlementMode mode() {
        return mode;
    }

    public SettlementStatus status() {
        return status;
    }

    public String attempt() {
        return attempt;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public String operator() {
        return operator;
    }

    public String personId() {
        return personId;
    }

    public String maskedIdNumber() {
        return maskedIdNumber;
    }

    public Scheme scheme() {
        return scheme;
    }

    public String insuredRegion() {
        return insuredRegion;
    }

    public String treatmentRegion() {
        return treatmentRegion;
    }

    public VisitType visitType() {
        return visitType;
    }

    public String diseaseCode() {
        return diseaseCode;
    }

    public HospitalLevel hospitalLevel() {
        return hospitalLevel;
    }

    public LocalDate admissionDate() {
        return admissionDate;
    }

    public LocalDate dischargeDate() {
        return dischargeDate;
    }

    public boolean emergency() {
        return emergency;
    }

    public CareBasis basis() {
        return basis;
    }

    public String filingId() {
        return filingId;
    }

    public FilingType filingType() {
        return filingType;
    }

    public int accumulatorYear() {
        return accumulatorYear;
    }

    public Calculation calculation() {
        return calculation;
    }

    public List<AuditFlag> auditFlags() {
        return List.copyOf(auditFlags);
    }

    public Instant settledAt() {
        return settledAt;
    }

    public String settledPeriod() {
        return settledPeriod;
    }

    public Instant reversedAt() {
        return reversedAt;
    }

    public String reversedPeriod() {
        return reversedPeriod;
    }

    public String reversalReason() {
        return reversalReason;
    }

    public String reversedBy() {
        return reversedBy;
    }

    public boolean clearingPending() {
        return clearingPending;
    }

    public boolean releasePending() {
        return releasePending;
    }

    public HandlingRecord handling() {
        return handling;
    }

    public PaymentRecord payment() {
        return payment;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
