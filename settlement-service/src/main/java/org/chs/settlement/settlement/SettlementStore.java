package org.chs.settlement.settlement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the settlement documents as the settling sequence and the recovery job use them. Its contract is the MongoDB
 * behaviour the sequence is built on: {@link #insert} is the atomic claim on the bill number (unique index on institution and
 * bill number), and {@link #save} succeeds only for the version that was read (optimistic locking).
 */
interface SettlementStore {

    /** @throws org.springframework.dao.DuplicateKeyException when the institution's bill number (or the id) is taken */
    Settlement insert(Settlement settlement);

    /** @throws org.springframework.dao.OptimisticLockingFailureException when the document changed since it was read */
    Settlement save(Settlement settlement);

    Optional<Settlement> findById(String settlementId);

    Optional<Settlement> findByBill(String institutionId, String billNumber);

    /** Claims taken before {@code before} and still not completed: attempts that died or hang. */
    List<Settlement> claimedBefore(Instant before);

    /** Settlements whose reservation release is due and that were last changed before {@code before}. */
    List<Settlement> releasePendingBefore(Instant before);

    /** Settlements whose clearing increment is due and that were last changed before {@code before}. */
    List<Settlement> clearingPendingBefore(Instant before);

    /**
     * Clears a pending flag ({@link Settlement#RELEASE_PENDING}, {@link Settlement#CLEARING_PENDING}) only if the settlement is
     * still in the status and attempt whose side effect was done, without touching its version: a later change re-sets it.
     */
    void clearFlag(Settlement settlement, String flag);
}
