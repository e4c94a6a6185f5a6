package org.chs.enrollment.handling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * 受理 — opens a handling: binds it to the caller's own service point, settles the channel, checks the counter times and
 * asks the catalogue whether the point may handle the item. Nothing of the business happens before this succeeds.
 */
@Service
public class HandlingDesk {

    /** Clerks' workstations and this server disagree by some seconds; a start "in the future" within it is not an error. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** A queue ticket older than a working day is a typing error, not a long wait. */
    static final Duration LONGEST_WAIT = Duration.ofHours(24);

    private final ItemAuthorisations authorisations;
    private final Clock clock;

    public HandlingDesk(ItemAuthorisations authorisations, Clock clock) {
        this.authorisations = authorisations;
        this.clock = clock;
    }

    public OpenHandling open(HandlingRequest request) {
        Operator operator = request.operator();
        String servicePointId = operator.servicePointId().orElseThrow(() -> new ServicePointScopeException(
                "The access token carries no service_point_id, so " + operator.name() + " cannot handle business"));
        if (request.servicePointId() != null && !request.servicePointId().equals(servicePointId)) {
            throw new ServicePointScopeException("You act for service point " + servicePointId + " and cannot handle business for "
                    + request.servicePointId());
        }
        Channel channel = channel(operator.kind(), request.channel());
        Instant now = clock.instant();
        Instant startedAt = checkTimes(channel, request.queuedAt(), request.startedAt(), now);

        Authorisation authorisation = authorisations.authorise(servicePointId, request.itemCode());
        if (!authorisation.allowed()) {
            throw new ItemNotAuthorisedException(authorisation);
        }
        return new OpenHandling("hdl-" + UUID.randomUUID(), request.itemCode(), servicePointId, operator.name(), channel,
                request.queuedAt(), startedAt, authorisation, ReviewTokens.newToken());
    }

    private static Channel channel(OperatorKind kind, Channel requested) {
        Channel own = switch (kind) {
            case BANK -> Channel.BANK_API;
            case HOSPITAL -> Channel.HOSPITAL_WINDOW;
            case CLERK -> requested == null ? Channel.COUNTER : requested;
        };
        if (requested != null && requested != own) {
            throw new InvalidHandlingException("handling.channel", "a " + kind.name().toLowerCase() + " client handles through "
                    + own + ", not " + requested);
        }
        if (kind == OperatorKind.CLERK && own == Channel.BANK_API) {
            throw new InvalidHandlingException("handling.channel", "BANK_API is the partner banks' channel");
        }
        return own;
    }

    private static Instant checkTimes(Channel channel, Instant queuedAt, Instant startedAt, Instant now) {
        if (channel == Channel.COUNTER) {
            if (queuedAt == null) {
                throw new InvalidHandlingException("handling.queuedAt", "counter business needs the queue ticket time");
            }
            if (startedAt == null) {
                throw new InvalidHandlingException("handling.startedAt", "counter business needs the time the clerk started");
            }
        }
        Instant started = startedAt == null ? now : startedAt;
        if (started.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidHandlingException("handling.startedAt", "startedAt is in the future");
        }
        if (queuedAt != null) {
            if (queuedAt.isAfter(started)) {
                throw new InvalidHandlingException("handling.queuedAt", "queuedAt must not be after startedAt");
            }
            if (queuedAt.isBefore(now.minus(LONGEST_WAIT))) {
                throw new InvalidHandlingException("handling.queuedAt", "queuedAt is more than 24 hours ago");
            }
        }
        return started;
    }
}
