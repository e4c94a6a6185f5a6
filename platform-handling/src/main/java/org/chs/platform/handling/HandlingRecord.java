package org.chs.platform.handling;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 办件记录 — one piece of business done at a service point under a catalogue item: who, where, through which channel, the
 * queue/start/completion times that evaluation measures, and how it was authorised. A value embedded in the document the
 * business changed (an insured person, a filing, a settlement) and written with it in one write; each service keeps its own
 * documents and repositories.
 *
 * @param id                  handling id, {@code hdl-…}
 * @param itemCode            catalogue item
 * @param itemName            item name as the catalogue gave it, may be {@code null}
 * @param instant             whether the item is an instant item (即办件)
 * @param servicePointId      where
 * @param operator            the clerk's user name or the partner's client id
 * @param channel             how
 * @param queuedAt            queue ticket time, counters only
 * @param startedAt           when the operator started
 * @param completedAt         when the business was done
 * @param completedOn         the local (agency time zone) date of completion, for the per-point daily list
 * @param personId            the insured person the business was about
 * @param outcome             {@code COMPLETED}
 * @param authorisationSource live or cached catalogue answer
 * @param authorisationStale  whether the catalogue answer could not be confirmed at the time
 * @param catalogueVersion    the catalogue version that authorised it
 * @param reviewTokenHash     SHA-256 of the citizen's review token ({@link org.chs.contracts.ReviewTokenHash})
 * @param servicePointName    the point's name as the catalogue gave it; {@code null} on handlings recorded before it was kept
 */
public record HandlingRecord(String id, String itemCode, String itemName, boolean instant, String servicePointId, String operator,
                             Channel channel, Instant queuedAt, Instant startedAt, Instant completedAt, LocalDate completedOn,
                             String personId, String outcome, AuthorisationSource authorisationSource, boolean authorisationStale,
                             int catalogueVersion, String reviewTokenHash, String servicePointName) {

    public static final String COMPLETED = "COMPLETED";

    /**
     * Settlement stored its handlings without {@code outcome} and {@code authorisationSource} before this kit; read back, they
     * are what those handlings were: completed, and cached exactly when stale.
     */
    public HandlingRecord {
        if (outcome == null) {
            outcome = COMPLETED;
        }
        if (authorisationSource == null) {
            authorisationSource = authorisationStale ? AuthorisationSource.CACHE : AuthorisationSource.LIVE;
        }
    }

    /** The same handling, about {@code personId} (a person enrolled by it gets an id only when the business is done). */
    public HandlingRecord about(String personId) {
        return new HandlingRecord(id, itemCode, itemName, instant, servicePointId, operator, channel, queuedAt, startedAt, completedAt,
                completedOn, personId, outcome, authorisationSource, authorisationStale, catalogueVersion, reviewTokenHash,
                servicePointName);
    }
}
