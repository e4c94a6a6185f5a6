package org.chs.settlement.settlement.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.chs.contracts.SettlementCompletedEvent;
import org.chs.contracts.SettlementReversedEvent;
import org.chs.settlement.settlement.SettlementEvent;
import org.chs.settlement.settlement.SettlementMode;
import org.chs.settlement.settlement.VisitType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The mapping of a settlement's domain events to {@code settlement.completed.v1} and {@code settlement.reversed.v1}. */
class OutboxSettlementEventsTest {

    static final Instant AT = Instant.parse("2026-05-15T02:00:00Z");

    @Nested
    class Completed {

        @Test
        void shouldCarryMoneyAsPlainStringsWithTwoDecimalsAndEnumsByName() {
            SettlementCompletedEvent event = OutboxSettlementEvents.completed(new SettlementEvent.SettlementCompleted("stl-1", "ZY-1",
                    "inst-1", null, "psn-1", "310101", "330127", VisitType.INPATIENT, SettlementMode.DIRECT, new BigDecimal("3000.00"),
                    new BigDecimal("1955.00"), new BigDecimal("1045.00"), AT));

            assertThat(event).isEqualTo(new SettlementCompletedEvent("stl-1", "ZY-1", "inst-1", null, "psn-1", "310101", "330127",
                    "INPATIENT", "DIRECT", "3000.00", "1955.00", "1045.00", AT));
        }
    }

    @Nested
    class Reversed {

        @Test
        void shouldCarryTheReasonAndTheFundPaymentTakenBack() {
            SettlementReversedEvent event = OutboxSettlementEvents.reversed(new SettlementEvent.SettlementReversed("stl-1", "ZY-1",
                    "inst-1", "sp-1", "psn-1", "310101", "330127", SettlementMode.MANUAL, new BigDecimal("900.00"), "wrong account", AT));

            assertThat(event).isEqualTo(new SettlementReversedEvent("stl-1", "ZY-1", "inst-1", "sp-1", "psn-1", "310101", "330127",
                    "MANUAL", "900.00", "wrong account", AT));
        }
    }
}
