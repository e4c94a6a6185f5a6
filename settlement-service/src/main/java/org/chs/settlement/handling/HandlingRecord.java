package org.chs.settlement.handling;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 办件记录 — one piece of business done at a service point under a catalogue item, stored inside the document the business
 * changed (a filing, a reimbursement) in the same write, and published as {@code handling.completed.v1}.
 *
 * @param completedOn      the local (agency time zone) day of completion, for the per-point daily list
 * @param reviewTokenHash  SHA-256 of the citizen's 好差评 token
 * @param servicePointName the point's name as the catalogue gave it; {@code null} on handlings recorded before it was kept
 */
public record HandlingRecord(String id, String itemCode, String itemName, boolean instant, String servicePointId, String operator,
                             Channel channel, Instant queuedAt, Instant startedAt, Instant completedAt, LocalDate completedOn,
                             String personId, boolean authorisationStale, int catalogueVersion, String reviewTokenHash,
                             String servicePointName) {
}
