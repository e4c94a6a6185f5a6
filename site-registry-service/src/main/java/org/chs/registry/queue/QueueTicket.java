package org.chs.registry.queue;

import java.time.Instant;
import java.time.LocalDate;

import org.chs.platform.domain.BusinessRuleException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 排队票 — a number a service point gives a citizen (取号) and a clerk calls to a window (叫号); the times a handling's waiting
 * and start are measured from, taken by the platform's clock, never typed. Each ticket serves at most one handling of its own
 * point, on its own day.
 *
 * <p>Every change is saved with the document's {@code @Version} as its condition, so two windows calling the same ticket, or
 * two handlings claiming it, cannot both win: the loser's write fails and {@link QueueService} decides again on fresh data.
 */
@Document("queue_tickets")
@CompoundIndex(name = "point_day_sequence", def = "{'servicePointId': 1, 'day': 1, 'sequence': 1}", unique = true)
public class QueueTicket {

    @Id
    private final String id;
    private final String servicePointId;
    /** The agency's calendar day (Asia/Shanghai) the ticket belongs to; numbers restart every day. */
    private final LocalDate day;
    private final int sequence;
    private final String number;
    private final Instant issuedAt;
    /** The clerk or terminal client that took it. */
    private final String issuedBy;
    private TicketStatus status;
    private Instant calledAt;
    private String calledBy;
    /** The handling the ticket served (办件 id), once claimed. */
    private String servedBy;
    private Instant servedAt;
    private Instant cancelledAt;
    private String cancelledBy;
    @Version
    private Long version;

    @PersistenceCreator
    QueueTicket(String id, String servicePointId, LocalDate day, int sequence, String number, Instant issuedAt, String issuedBy,
                TicketStatus status, Instant calledAt, String calledBy, String servedBy, Instant servedAt, Instant cancelledAt,
                String cancelledBy, Long version) {
        this.id = id;
        this.servicePointId = servicePointId;
        this.day = day;
        this.sequence = sequence;
        this.number = number;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.status = status;
        this.calledAt = calledAt;
        this.calledBy = calledBy;
        this.servedBy = servedBy;
        this.servedAt = servedAt;
        this.cancelledAt = cancelledAt;
        this.cancelledBy = cancelledBy;
        this.version = version;
    }

    /** A new waiting ticket: the {@code sequence}-th of the point's day, numbered {@code A001}, {@code A002}, … */
    static QueueTicket issue(String id, String servicePointId, LocalDate day, int sequence, Instant at, String by) {
        return new QueueTicket(id, servicePointId, day, sequence, number(sequence), at, by, TicketStatus.ISSUED, null, null, null,
                null, null, null, null);
    }

    /** {@code A001}: one letter and at least three digits, as the number printed on the slip and shown on the call screen. */
    static String number(int sequence) {
        return "A" + String.format("%03d", sequence);
    }

    /** The status as of the agency's {@code today}: a ticket of an earlier day that nobody served or cancelled has expired. */
    public TicketStatus statusOn(LocalDate today) {
        if (day.isBefore(today) && (status == TicketStatus.ISSUED || status == TicketStatus.CALLED)) {
            return TicketStatus.EXPIRED;
        }
        return status;
    }

    /** 叫号 — a clerk of the point calls the waiting ticket to their window, today. */
    void call(String by, Instant at, LocalDate today) {
        requireStatus(today, TicketStatus.ISSUED, "ticket-not-waiting", "called");
        status = TicketStatus.CALLED;
        calledBy = by;
        calledAt = at;
    }

    /**
     * The one handling this ticket serves claims it. Claiming again for the same handling (a retried request) changes nothing
     * and answers {@code false}; a ticket serving another handling is a conflict (409 {@code ticket-already-served}).
     *
     * @return {@code true} when this call made the claim and the ticket must be saved
     */
    boolean claim(String handlingId, Instant at, LocalDate today) {
        if (status == TicketStatus.SERVED) {
            if (handlingId.equals(servedBy)) {
                return false;
            }
            throw BusinessRuleException.generic("ticket-already-served", "ticketId", "Ticket " + number + " of " + day
                    + " already serves handling " + servedBy + "; each ticket serves one handling").asConflict();
        }
        requireStatus(today, TicketStatus.CALLED, "ticket-not-called", "claimed by a handling");
        status = TicketStatus.SERVED;
        servedBy = handlingId;
        servedAt = at;
        return true;
    }

    /** 过号 — the clerk gives up a waiting or called ticket that serves nothing. */
    void cancel(String by, Instant at, LocalDate today) {
        TicketStatus now = statusOn(today);
        if (now != TicketStatus.ISSUED && now != TicketStatus.CALLED) {
            throw BusinessRuleException.generic("ticket-open", "ticketId", "Ticket " + number + " is " + now + "; only a waiting or called"
                    + " ticket can be cancelled");
        }
        status = TicketStatus.CANCELLED;
        cancelledBy = by;
        cancelledAt = at;
    }

    private void requireStatus(LocalDate today, TicketStatus expected, String rule, String what) {
        TicketStatus now = statusOn(today);
        if (now != expected) {
            throw BusinessRuleException.generic(now == TicketStatus.EXPIRED ? "ticket-expired" : rule, "ticketId",
                    "Ticket " + number + " of " + day + " is " + now + "; only a" + (expected == TicketStatus.ISSUED ? " waiting" : " called")
                            + " ticket of today can be " + what);
        }
    }

    public String id() {
        return id;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public LocalDate day() {
        return day;
    }

    public int sequence() {
        return sequence;
    }

    public String number() {
        return number;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }

    /** The stored status; readers use {@link #statusOn} so that yesterday's waiting tickets show as expired. */
    public TicketStatus status() {
        return status;
    }

    public Instant calledAt() {
        return calledAt;
    }

    public String calledBy() {
        return calledBy;
    }

    public String servedBy() {
        return servedBy;
    }

    public Instant servedAt() {
        return servedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public Long version() {
        return version;
    }
}
