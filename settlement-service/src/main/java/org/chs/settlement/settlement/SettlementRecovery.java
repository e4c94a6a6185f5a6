package org.chs.settlement.settlement;

import java.time.Clock;
import java.time.Instant;

import org.chs.settlement.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 结算补偿任务 — finishes what a crash or an outage left half-done (see {@link SettlementSequence}): abandons claims older
 * than the claim timeout, releasing their reservations, and finishes pending reservation releases and clearing increments.
 * Everything it does is idempotent, so running it on several instances at once is harmless.
 */
@Component
public class SettlementRecovery {

    private static final Logger log = LoggerFactory.getLogger(SettlementRecovery.class);

    private final SettlementStore store;
    private final PendingEffects effects;
    private final SettlementProperties properties;
    private final Clock clock;

    SettlementRecovery(SettlementStore store, PendingEffects effects, SettlementProperties properties, Clock clock) {
        this.store = store;
        this.effects = effects;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chs.settlement.recovery-interval:30s}", initialDelayString = "${chs.settlement.recovery-interval:30s}")
    public void recover() {
        Instant now = clock.instant();
        for (Settlement stale : store.claimedBefore(now.minus(properties.claimTimeout()))) {
            try {
                stale.abandon(now);
                Settlement abandoned = store.save(stale);
                log.warn("Abandoned settlement claim {} of bill {} after {}", abandoned.id(), abandoned.billNumber(), properties.claimTimeout());
                effects.release(abandoned);
            } catch (OptimisticLockingFailureException | ConflictException finishedMeanwhile) {
                // it completed (or was taken over) just now: nothing to recover
            }
        }
        // the request thread normally finishes its own side effects within milliseconds: leave it the grace period
        Instant settled = now.minus(properties.recoveryGrace());
        store.releasePendingBefore(settled).forEach(effects::release);
        store.clearingPendingBefore(settled).forEach(effects::applyClearing);
    }
}
