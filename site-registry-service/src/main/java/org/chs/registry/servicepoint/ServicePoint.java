package org.chs.registry.servicepoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.messaging.HasOutbox;
import org.chs.platform.messaging.OutboxMessage;
import org.chs.registry.shared.GeoPoint;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 服务网点 — a place where insurance business is handled: a county hall window, a township, village or community station, a
 * partner bank branch or a hospital window; where it is, what it has, who runs it, and whether it is open for business.
 */
@Document("service_points")
public class ServicePoint implements HasOutbox {

    @Id
    private final String id;
    @Indexed
    private final ServicePointType type;
    private final String areaCode;
    /** The area and all its ancestors, so "every point in county X" is one indexed equality query. */
    @Indexed
    private final List<String> areaChain;
    private String name;
    private String address;
    private GeoPoint location;
    private PartnerOrganisation partner;
    private Facilities facilities;
    @Indexed
    private ServicePointStatus status;
    private final List<StatusChange> statusHistory;
    /** Integration events of this point's changes, saved in the same document write and published by the relay. */
    private List<OutboxMessage> outbox = new ArrayList<>();

    @Version
    private Long version;
    @CreatedBy
    private String createdBy;
    @CreatedDate
    private Instant createdAt;
    @LastModifiedBy
    private String lastModifiedBy;
    @LastModifiedDate
    private Instant lastModifiedAt;

    @PersistenceCreator
    ServicePoint(String id, ServicePointType type, String areaCode, List<String> areaChain, String name, String address,
                 GeoPoint location, PartnerOrganisation partner, Facilities facilities, ServicePointStatus status,
                 List<StatusChange> statusHistory) {
        this.id = id;
        this.type = type;
        this.areaCode = areaCode;
        this.areaChain = areaChain == null ? List.of() : List.copyOf(areaChain);
        this.name = name;
        this.address = address;
        this.location = location;
        this.partner = partner;
        this.facilities = facilities;
        this.status = status;
        this.statusHistory = statusHistory == null ? new ArrayList<>() : new ArrayList<>(statusHistory);
    }

    /**
     * A new, active point. The service has checked the field rules ({@link ServicePointRules}) and that the area exists at a level
     * the type allows; {@code areaChain} is the area's code and its ancestors' codes.
     */
    static ServicePoint register(String id, RegisterServicePoint command, List<String> areaChain, String by, Instant at) {
        ServicePoint point = new ServicePoint(id, command.type(), command.areaCode(), areaChain, command.name(), command.address(),
                command.location(), command.partner(), command.facilities(), ServicePointStatus.ACTIVE, List.of());
        point.statusHistory.add(new StatusChange(null, ServicePointStatus.ACTIVE, "registered", by, at));
        return point;
    }

    void describe(DescribeServicePoint command) {
        if (status == ServicePointStatus.CLOSED) {
            throw BusinessRuleException.generic("closed-is-final", "Service point " + id + " is closed; register a new point instead");
        }
        this.name = command.name();
        this.address = command.address();
        this.location = command.location();
        this.partner = command.partner();
        this.facilities = command.facilities();
    }

    /** Suspends, re-activates or closes the point; closing is final and every change needs a reason for the history. */
    StatusChange changeStatus(ServicePointStatus next, String reason, String by, Instant at) {
        if (!status.mayBecome(next)) {
            throw BusinessRuleException.generic(status == ServicePointStatus.CLOSED ? "closed-is-final" : "status-unchanged", "status",
                    status == ServicePointStatus.CLOSED ? "Service point " + id + " is closed; closing is final"
                            : "Service point " + id + " is already " + status);
        }
        StatusChange change = new StatusChange(status, next, reason, by, at);
        statusHistory.add(change);
        status = next;
        return change;
    }

    @Override
    public List<OutboxMessage> outbox() {
        return outbox;
    }

    public boolean active() {
        return status == ServicePointStatus.ACTIVE;
    }

    public String id() {
        return id;
    }

    public ServicePointType type() {
        return type;
    }

    public String areaCode() {
        return areaCode;
    }

    public List<String> areaChain() {
        return areaChain;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public GeoPoint location() {
        return location;
    }

    public PartnerOrganisation partner() {
        return partner;
    }

    public Facilities facilities() {
        return facilities;
    }

    public ServicePointStatus status() {
        return status;
    }

    public List<StatusChange> statusHistory() {
        return List.copyOf(statusHistory);
    }

    public Long version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String lastModifiedBy() {
        return lastModifiedBy;
    }

    public Instant lastModifiedAt() {
        return lastModifiedAt;
    }
}
