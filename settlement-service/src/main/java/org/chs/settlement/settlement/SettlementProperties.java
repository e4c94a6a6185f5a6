package org.chs.settlement.settlement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settlement timing ({@code chs.settlement.*}).
 *
 * @param claimTimeout    a claim not completed within this is abandoned by the recovery job and its reservation released
 * @param replayWait      how long a replay waits for the first request of the same bill to finish before answering 409
 * @param reserveAttempts how often a settlement recomputes against a changed accumulator before giving up with 409
 * @param recoveryGrace   how old a pending side effect must be before the recovery job finishes it (the request thread
 *                        normally does it within milliseconds)
 */
@ConfigurationProperties("chs.settlement")
public record SettlementProperties(@DefaultValue("2m") Duration claimTimeout, @DefaultValue("5s") Duration replayWait,
                                   @DefaultValue("200") int reserveAttempts, @DefaultValue("10s") Duration recoveryGrace) {
}
