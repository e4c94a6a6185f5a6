package org.chs.registry.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.chs.platform.domain.BusinessRuleException;
import org.chs.registry.servicepoint.ServicePoint;
import org.chs.registry.servicepoint.ServicePointService;
import org.chs.registry.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * 排队叫号 — the use cases of a point's queue: take a ticket, call it, give it up, let the handling it serves claim it, and
 * list a day's tickets. Times are this server's clock; days are the agency's (Asia/Shanghai).
 */
@Service
public class QueueService {

    public static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Shanghai");
    static final String COUNTERS = "queue_counters";

    private final QueueTicketRepository tickets;
    private final MongoTemplate mongo;
    private final ServicePointService points;
    private final Clock clock;

    public QueueService(QueueTicketRepository tickets, MongoTemplate mongo, ServicePointService points, Clock clock) {
        this.tickets = tickets;
        this.mongo = mongo;
        this.points = points;
        this.clock = clock;
    }

    /** 取号 — the next number of the point's day, from an atomic counter, so two kiosks never print the same number. */
    public QueueTicket issue(String servicePointId, String by) {
        ServicePoint point = points.get(servicePointId);
        if (!point.active()) {
            throw BusinessRuleException.generic("point-active", "servicePointId", "Service point " + servicePointId + " is "
                    + point.status() + " and issues no tickets");
        }
        Instant now = now();
        LocalDate day = today(now);
        int sequence = nextSequence(servicePointId, day);
        return tickets.insert(QueueTicket.issue("tk-" + UUID.randomUUID(), servicePointId, day, sequence, now, by));
    }

    /** 叫号 — calls a waiting ticket of today; of two windows calling the same ticket at once, the second gets 409. */
    public QueueTicket call(String servicePointId, String ticketId, String by) {
        QueueTicket ticket = get(servicePointId, ticketId);
        Instant now = now();
        ticket.call(by, now, today(now));
        return tickets.save(ticket);
    }

    /** 过号 — gives up a waiting or called ticket that serves no handling. */
    public QueueTicket cancel(String servicePointId, String ticketId, String by) {
        QueueTicket ticket = get(servicePointId, ticketId);
        Instant now = now();
        ticket.cancel(by, now, today(now));
        return tickets.save(ticket);
    }

    /**
     * The handling {@code handlingId} claims the called ticket it serves. Answered again unchanged for the same handling (the
     * desk may retry); refused with 409 for any other handling, also when two claims race (the loser decides again on the
     * winner's write).
     */
    public QueueTicket claim(String servicePointId, String ticketId, String handlingId) {
        QueueTicket ticket = get(servicePointId, ticketId);
        Instant now = now();
        if (!ticket.claim(handlingId, now, today(now))) {
            return ticket;
        }
        try {
            return tickets.save(ticket);
        } catch (OptimisticLockingFailureException lostRace) {
            QueueTicket current = get(servicePointId, ticketId);
            if (current.claim(handlingId, now, today(now))) {
                // Changed by something other than a claim (a cancellation); the ticket is not ours to take.
                throw lostRace;
            }
            return current;
        }
    }

    /** A ticket of the point; a ticket of another point is not found here, so a point cannot look into another's queue. */
    public QueueTicket get(String servicePointId, String ticketId) {
        return tickets.findById(ticketId).filter(t -> t.servicePointId().equals(servicePointId))
                .orElseThrow(() -> new NotFoundException("ticket", ticketId));
    }

    /** A day's tickets of the point (today when {@code day} is null), in the order they were taken, optionally of one status. */
    public Slice<QueueTicket> list(String servicePointId, LocalDate day, TicketStatus status, Pageable pageable) {
        points.get(servicePointId);
        LocalDate today = today(clock.instant());
        LocalDate of = day == null ? today : day;
        Criteria criteria = Criteria.where("servicePointId").is(servicePointId).and("day").is(of);
        if (status != null) {
            List<TicketStatus> stored = storedAs(status, of.isBefore(today));
            if (stored.isEmpty()) {
                return new SliceImpl<>(List.of(), pageable, false);
            }
            criteria = criteria.and("status").in(stored);
        }
        Query query = Query.query(criteria).with(Sort.by("sequence"))
                .skip((long) pageable.getPageNumber() * pageable.getPageSize()).limit(pageable.getPageSize() + 1);
        List<QueueTicket> found = mongo.find(query, QueueTicket.class);
        boolean hasNext = found.size() > pageable.getPageSize();
        return new SliceImpl<>(hasNext ? found.subList(0, pageable.getPageSize()) : found, pageable, hasNext);
    }

    /** The agency's day now, for readers that show {@link QueueTicket#statusOn}. */
    public LocalDate today() {
        return today(clock.instant());
    }

    /** The stored statuses a requested status is read from: an earlier day's waiting and called tickets read as EXPIRED. */
    private static List<TicketStatus> storedAs(TicketStatus status, boolean pastDay) {
        return switch (status) {
            case EXPIRED -> pastDay ? List.of(TicketStatus.ISSUED, TicketStatus.CALLED) : List.of();
            case ISSUED, CALLED -> pastDay ? List.of() : List.of(status);
            case SERVED, CANCELLED -> List.of(status);
        };
    }

    private int nextSequence(String servicePointId, LocalDate day) {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(servicePointId + "|" + day)),
                new Update().inc("last", 1), FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COUNTERS);
        return ((Number) counter.get("last")).intValue();
    }

    /** Milliseconds, as MongoDB stores them: the time a ticket answers when taken is the time every later answer repeats. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static LocalDate today(Instant now) {
        return now.atZone(AGENCY_ZONE).toLocalDate();
    }
}
