package org.chs.settlement.handling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.settlement.shared.InvalidFieldException;
import org.springframework.stereotype.Service;

/**
 * 受理 — opens a handling at the caller's own service point and asks the catalogue whether that point may handle the item;
 * nothing of the business happens before this succeeds.
 */
@Service
public class HandlingDesk {

    /** Workstation clocks differ by some seconds; a start "in the future" within this is not an error. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** A queue ticket older than a working day is a typing error, not a long wait. */
    static final Duration LONGEST_WAIT = Duration.ofHours(24);

    private final ItemAuthorisations authorisations;
    private final Clock clock;

    public HandlingDesk(ItemAuthorisations authorisations, Clock clock) {
        this.authorisations = authorisations;
        this.clock = clock;
    }

    public OpenHandling open(String itemCode, Operator operator, Instant queuedAt, Instant startedAt) {
        String servicePointId = operator.servicePointId().orElseThrow(() -> new BusinessRuleException("no-service-point",
                "No service point", "The access token carries no service_point_id, so " + operator.name() + " cannot handle business"));
        Channel channel = operator.hospital() ? Channel.HOSPITAL_WINDOW : Channel.COUNTER;
        Instant now = clock.instant();
        if (channel == Channel.COUNTER) {
            // evaluation measures waiting and handling time at counters from these (DOMAIN §3.2)
            if (queuedAt == null) {
                throw new InvalidFieldException("queuedAt", "required-at-counter", "counter business needs the queue ticket time");
            }
            if (startedAt == null) {
                throw new InvalidFieldException("startedAt", "required-at-counter", "counter business needs the time the clerk started");
            }
        }
        Instant started = startedAt == null ? now : startedAt;
        if (started.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidFieldException("startedAt", "past", "startedAt is in the future");
        }
        if (queuedAt != null) {
            if (queuedAt.isAfter(started)) {
                throw new InvalidFieldException("queuedAt", "before-start", "queuedAt must not be after startedAt");
            }
            if (queuedAt.isBefore(now.minus(LONGEST_WAIT))) {
                throw new InvalidFieldException("queuedAt", "recent", "queuedAt is more than 24 hours ago");
            }
        }
        Authorisation authorisation = authorisations.authorise(servicePointId, itemCode);
        if (!authorisation.allowed()) {
            throw new BusinessRuleException("item-not-authorised", "Item not authorised here",
                    "Service point " + servicePointId + " may not handle " + itemCode
                            + (authorisation.reason() == null ? "" : ": " + authorisation.reason()),
                    Map.of("servicePointId", servicePointId, "itemCode", itemCode));
        }
        return new OpenHandling("hdl-" + UUID.randomUUID(), itemCode, servicePointId, operator.name(), channel, queuedAt, started,
                authorisation, ReviewTokens.newToken());
    }
}
