package org.chs.contracts;

import java.time.Instant;

/**
 * 办件完成 — a piece of business was completed at a service point; evaluation measures waiting time ({@code startedAt -
 * queuedAt}), handling time ({@code completedAt - startedAt}, for instant items), the online rate (channel) and matches
 * 好差评 reviews to it by the review token's hash. Carries no personal data beyond the person id.
 *
 * @param handlingId          the handling id
 * @param itemCode            catalogue item code, e.g. {@code ENR-02}
 * @param itemName            item name as the catalogue gave it; may be {@code null}
 * @param instant             whether the item is an instant item (即办件)
 * @param servicePointId      where it was handled
 * @param operator            the clerk's user name or the partner's client id
 * @param channel             {@code COUNTER}, {@code BANK_API}, {@code HOSPITAL_WINDOW}, {@code ONLINE} or {@code SELF_SERVICE};
 *                            derived by the producer from the calling client, never taken from the request body
 * @param queuedAt            when the handling's queue ticket was taken (site-registry's clock), {@code null} without a ticket
 * @param startedAt           when the ticket was called (site-registry's clock), or when the producer opened the handling
 *                            where there is no ticket
 * @param completedAt         when it was completed
 * @param personId            the insured person's id
 * @param reviewTokenHash     lowercase hex SHA-256 of the citizen's review token
 * @param outcome             {@code COMPLETED}
 * @param authorisationSource {@code LIVE}, or {@code CACHE} when the catalogue was unreachable and its last answer was used
 * @param servicePointName    the point's name as site-registry gave it when authorising the handling; {@code null} when it did
 *                            not (older producers and registries): readers fall back to {@code servicePointId}. Added to v1
 *                            additively
 * @param ticketId            the queue ticket (排队票) the handling claimed at site-registry, whose times {@code queuedAt} and
 *                            {@code startedAt} are; {@code null} for handlings without a queue (partners' systems, terminals,
 *                            online) and for events of producers before tickets, whose counter times were typed by the clerk:
 *                            evaluation counts waiting only for handlings with a ticket. Added to v1 additively
 */
public record HandlingCompletedEvent(String handlingId, String itemCode, String itemName, boolean instant, String servicePointId,
                                     String operator, String channel, Instant queuedAt, Instant startedAt, Instant completedAt,
                                     String personId, String reviewTokenHash, String outcome, String authorisationSource,
                                     String servicePointName, String ticketId) {

    /** The event as producers built it before {@code ticketId} was added. */
    public HandlingCompletedEvent(String handlingId, String itemCode, String itemName, boolean instant, String servicePointId,
                                  String operator, String channel, Instant queuedAt, Instant startedAt, Instant completedAt,
                                  String personId, String reviewTokenHash, String outcome, String authorisationSource,
                                  String servicePointName) {
        this(handlingId, itemCode, itemName, instant, servicePointId, operator, channel, queuedAt, startedAt, completedAt, personId,
                reviewTokenHash, outcome, authorisationSource, servicePointName, null);
    }

    /** The event as producers built it before {@code servicePointName} was added: without the point's name. */
    public HandlingCompletedEvent(String handlingId, String itemCode, String itemName, boolean instant, String servicePointId,
                                  String operator, String channel, Instant queuedAt, Instant startedAt, Instant completedAt,
                                  String personId, String reviewTokenHash, String outcome, String authorisationSource) {
        this(handlingId, itemCode, itemName, instant, servicePointId, operator, channel, queuedAt, startedAt, completedAt, personId,
                reviewTokenHash, outcome, authorisationSource, null, null);
    }
}
