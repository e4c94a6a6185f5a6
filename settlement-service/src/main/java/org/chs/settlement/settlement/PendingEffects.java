package org.chs.settlement.settlement;

import org.chs.settlement.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The side effects a settlement marks as due in its own document — its reservation's release, its clearing entries — done
 * and then cleared. The request that made them due does them at once; the recovery job does whatever a crash left. Both are
 * idempotent, so doing one twice is harmless.
 */
@Component
class PendingEffects {

    private final SettlementStore store;
    private final Accumulators accumulators;
    private final ClearingEntries clearing;

    PendingEffects(SettlementStore store, Accumulators accumulators, ClearingEntries clearing) {
        this.store = store;
        this.accumulators = accumulators;
        this.clearing = clearing;
    }

    void finish(Settlement s) {
        release(s);
        applyClearing(s);
    }

    /** Releases the reservation a reversed settlement or an abandoned attempt holds, then clears the flag. */
    void release(Settlement s) {
        if (!s.releasePending()) {
            return;
        }
        if (s.personId() != null) {
            accumulators.release(s.personId(), s.accumulatorYear(), s.billKey(), s.attempt());
        }
        store.clearFlag(s, Settlement.RELEASE_PENDING);
    }

    /** Adds a settlement (and its reversal) to the clearing totals — each idempotent — then clears the flag. */
    void applyClearing(Settlement s) {
        if (!s.clearingPending() || s.calculation() == null) {
            return;
        }
        long fund = Money.toFen(s.calculation().fundPayment());
        long total = Money.toFen(s.calculation().total());
        clearing.settled(s.id(), s.settledPeriod(), s.insuredRegion(), s.treatmentRegion(), fund, total);
        if (s.status() == SettlementStatus.REVERSED) {
            clearing.reversed(s.id(), s.reversedPeriod(), s.insuredRegion(), s.treatmentRegion(), fund, total);
        }
        store.clearFlag(s, Settlement.CLEARING_PENDING);
    }
}
