package org.chs.platform.handling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * 受理 — opens a handling (办件) from the caller and its request: binds it to the caller's own service point, settles the
 * channel, checks the counter times and asks the catalogue whether the point may handle the item. Nothing of the business
 * happens before this succeeds.
 *
 * <p>The steps run in this order on purpose: a request that is wrong by itself (another point, a channel the caller cannot
 * use, times out of order) is refused without asking site-registry, so a typing error never costs a remote call or counts
 * against its breaker.
 */
public class HandlingDesk {

    /** Clerks' workstations and this server disagree by some seconds; a start "in the future" within it is not an error. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    /** A queue ticket older than a working day is a typing error, not a long wait. */
    public static final Duration LONGEST_WAIT = Duration.ofHours(24);

    private final ItemAuthorisations authorisations;
    private final Clock clock;

    public HandlingDesk(ItemAuthorisations authorisations, Clock clock) {
        this.authorisations = authorisations;
        this.clock = clock;
    }

    /**
     * Opens a handling of {@code request.itemCode()} for {@code request.operator()}.
     *
     * @throws NoServicePointException            the token names no service point
     * @throws ServicePointScopeException         the request names another point than the token's
     * @throws InvalidHandlingException           a channel the caller cannot use, or counter times missing or out of order
     * @throws ItemNotAuthorisedException         the catalogue says no (live, or its last answer while unreachable)
     * @throws AuthorisationUnavailableException  the catalogue cannot be asked and has never answered
     */
    public OpenHandling open(HandlingRequest request) {
        Operator operator = request.operator();
        String servicePointId = servicePoint(operator, request.servicePointId());
        Channel channel = channel(operator.kind(), request.channel());
        Instant now = clock.instant();
        CounterTimes times = counterTimes(channel, request.queuedAt(), request.startedAt(), now);

        Authorisation authorisation = authorisations.authorise(servicePointId, request.itemCode());
        if (!authorisation.allowed()) {
            throw new ItemNotAuthorisedException(authorisation);
        }
        return new OpenHandling("hdl-" + UUID.randomUUID(), request.itemCode(), servicePointId, operator.name(), channel,
                times.queuedAt(), times.startedAt(), authorisation, ReviewTokens.newToken());
    }

    /** When the citizen queued and when the operator started, as the handling will record them. */
    private record CounterTimes(Instant queuedAt, Instant startedAt) {
    }

    private static String servicePoint(Operator operator, String requested) {
        String own = operator.servicePointId().orElseThrow(() -> new NoServicePointException(operator.name()));
        if (requested != null && !requested.equals(own)) {
            throw new ServicePointScopeException("You act for service point " + own + " and cannot handle business for " + requested);
        }
        return own;
    }

    private static Channel channel(OperatorKind kind, Channel requested) {
        Channel own = switch (kind) {
            case BANK -> Channel.BANK_API;
            case HOSPITAL -> Channel.HOSPITAL_WINDOW;
            case CLERK -> requested == null ? Channel.COUNTER : requested;
        };
        if (requested != null && requested != own) {
            throw new InvalidHandlingException("channel", "channel-of-caller", "a " + kind.name().toLowerCase() + " client handles through "
                    + own + ", not " + requested);
        }
        if (kind == OperatorKind.CLERK && own == Channel.BANK_API) {
            throw new InvalidHandlingException("channel", "channel-of-caller", "BANK_API is the partner banks' channel");
        }
        return own;
    }

    /**
     * The declared counter times, checked; evaluation measures waiting and handling time at counters from them (DOMAIN §3.2).
     * Where queue tickets issued by the platform exist, they are the source of these two times instead of the request.
     */
    private static CounterTimes counterTimes(Channel channel, Instant queuedAt, Instant startedAt, Instant now) {
        if (channel == Channel.COUNTER) {
            if (queuedAt == null) {
                throw new InvalidHandlingException("queuedAt", "required-at-counter", "counter business needs the queue ticket time");
            }
            if (startedAt == null) {
                throw new InvalidHandlingException("startedAt", "required-at-counter", "counter business needs the time the clerk started");
            }
        }
        Instant started = startedAt == null ? now : startedAt;
        if (started.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidHandlingException("startedAt", "past", "startedAt is in the future");
        }
        if (queuedAt != null) {
            if (queuedAt.isAfter(started)) {
                throw new InvalidHandlingException("queuedAt", "before-start", "queuedAt must not be after startedAt");
            }
            if (queuedAt.isBefore(now.minus(LONGEST_WAIT))) {
                throw new InvalidHandlingException("queuedAt", "recent", "queuedAt is more than 24 hours ago");
            }
        }
        return new CounterTimes(queuedAt, started);
    }
}
