package org.chs.registry.queue.web;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.chs.registry.queue.QueueTicket;
import org.chs.registry.queue.TicketStatus;

/**
 * 排队票 — a ticket as the desk, the call screen and the handling kit read it. {@code issuedAt} and {@code calledAt} are the
 * handling's queued and started times; {@code status} is as of today (an earlier day's waiting ticket reads EXPIRED).
 */
@Schema(description = "排队票 — a queue ticket of a service point")
record TicketResponse(String id, String servicePointId, LocalDate day, String number, TicketStatus status, Instant issuedAt,
                      String issuedBy, Instant calledAt, String calledBy, String servedBy, Instant servedAt, Instant cancelledAt,
                      String cancelledBy) {

    static TicketResponse of(QueueTicket t, LocalDate today) {
        return new TicketResponse(t.id(), t.servicePointId(), t.day(), t.number(), t.statusOn(today), t.issuedAt(), t.issuedBy(),
                t.calledAt(), t.calledBy(), t.servedBy(), t.servedAt(), t.cancelledAt(), t.cancelledBy());
    }
}
