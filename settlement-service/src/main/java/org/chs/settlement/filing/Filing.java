package org.chs.settlement.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.handling.Channel;
import org.chs.platform.handling.HandlingRecord;
import org.chs.platform.messaging.HasOutbox;
import org.chs.platform.messaging.OutboxMessage;
import org.chs.settlement.policy.Scheme;
import org.chs.settlement.shared.RegionCode;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 异地就医备案 — a person's registration for care outside the insured region: where, of which type, for which period. Made at a
 * counter, or by a hospital window before discharge (补办); revoked at a counter. Each is a handling (办件) published with it.
 */
@Document("filings")
@CompoundIndexes({
        @CompoundIndex(name = "handlings_by_point_and_day",
                def = "{'handling.servicePointId': 1, 'handling.completedOn': 1, 'handling.completedAt': 1}"),
        @CompoundIndex(name = "revocations_by_point_and_day", sparse = true,
                def = "{'revocationHandling.servicePointId': 1, 'revocationHandling.completedOn': 1, 'revocationHandling.completedAt': 1}")
})
public class Filing implements HasOutbox {

    @Id
    private String id;
    @Version
    private Long version;
    private String requestHash;
    @Indexed
    private String personId;
    private String maskedIdNumber;
    private Scheme scheme;
    private String insuredRegion;
    private String treatmentRegion;
    private FilingType type;
    private LocalDate validFrom;
    private LocalDate validTo;
    private FilingStatus status;
    private boolean madeUp;
    private Channel channel;
    private String institutionId;
    private String servicePointId;
    private HandlingRecord handling;
    private Instant revokedAt;
    private String revokedBy;
    private String revocationReason;
    private HandlingRecord revocationHandling;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;
    private List<OutboxMessage> outbox = new ArrayList<>();

    Filing() {
    }

    static Filing make(String id, String requestHash, String personId, String maskedIdNumber, Scheme scheme, String insuredRegion, MakeFiling command,
                       String treatmentRegion, HandlingRecord handling, Instant now) {
        if (RegionCode.overlaps(insuredRegion, treatmentRegion)) {
            throw new BusinessRuleException("not-cross-region", "Not cross-region care",
                    "Treatment region " + treatmentRegion + " and the insured region " + insuredRegion + " overlap; no filing is needed");
        }
        Filing filing = new Filing();
        filing.id = id;
        filing.requestHash = requestHash;
        filing.personId = personId;
        filing.maskedIdNumber = maskedIdNumber;
        filing.scheme = scheme;
        filing.insuredRegion = insuredRegion;
        filing.treatmentRegion = treatmentRegion;
        filing.type = command.type();
        filing.validFrom = command.validFrom();
        filing.validTo = command.validTo();
        filing.status = FilingStatus.ACTIVE;
        filing.madeUp = command.hospitalInstitutionId() != null;
        filing.channel = handling.channel();
        filing.institutionId = command.hospitalInstitutionId();
        filing.servicePointId = handling.servicePointId();
        filing.handling = handling;
        filing.createdAt = now;
        filing.createdBy = handling.operator();
        filing.updatedAt = now;
        filing.updatedBy = handling.operator();
        return filing;
    }

    void revoke(String reason, HandlingRecord handling, Instant now) {
        if (status == FilingStatus.REVOKED) {
            throw new BusinessRuleException("filing-revoked", "Filing already revoked", "Filing " + id + " was revoked at " + revokedAt);
        }
        status = FilingStatus.REVOKED;
        revokedAt = now;
        revokedBy = handling.operator();
        revocationReason = reason;
        revocationHandling = handling;
        updatedAt = now;
        updatedBy = handling.operator();
    }

    /** ACTIVE, REVOKED, or EXPIRED once the validity has passed. */
    public FilingStatus statusOn(LocalDate date) {
        if (status == FilingStatus.REVOKED) {
            return FilingStatus.REVOKED;
        }
        return validTo != null && date.isAfter(validTo) ? FilingStatus.EXPIRED : FilingStatus.ACTIVE;
    }

    /** Whether this filing lets the person be treated in the region on the date. */
    public boolean covers(String region, LocalDate date) {
        return status == FilingStatus.ACTIVE && RegionCode.covers(treatmentRegion, region) && !date.isBefore(validFrom)
                && (validTo == null || !date.isAfter(validTo));
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

    public String requestHash() {
        return requestHash;
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

    public FilingType type() {
        return type;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public boolean madeUp() {
        return madeUp;
    }

    public Channel channel() {
        return channel;
    }

    public String institutionId() {
        return institutionId;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public HandlingRecord handling() {
        return handling;
    }

    /** The handling that revoked the filing; {@code null} while it is not revoked. */
    public HandlingRecord revocationHandling() {
        return revocationHandling;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
