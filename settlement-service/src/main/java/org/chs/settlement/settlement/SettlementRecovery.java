package org.chs.settlement.settlement;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs {@link SettlementService#recover()} periodically: finishes what a crash or an outage left half-done. */
@Component
class SettlementRecovery {

    private final SettlementService settlements;

    SettlementRecovery(SettlementService settlements) {
        this.settlements = settlements;
    }

    @Scheduled(fixedDelayString = "${chs.settlement.recovery-interval:30s}", initialDelayString = "${chs.settlement.recovery-interval:30s}")
    void recover() {
        settlements.recover();
    }
}
