package org.chs.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.settlement.eligibility.Eligibility;
import org.chs.settlement.policy.HospitalLevel;
import org.chs.settlement.policy.Scheme;
import org.chs.settlement.shared.ConflictException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SettlementTest {

    static final Instant NOW = Instant.parse("2026-05-15T02:00:00Z");
    static final SettleBill BILL = new SettleBill(SettlementMode.DIRECT, "inst-1", "sp-1", "hospital-1", "ZY-1", "310101196001011234",
            LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-10"), VisitType.INPATIENT, null, HospitalLevel.LEVEL_1, false, null,
            List.of(new BillLine("A1", BigDecimal.ONE, new BigDecimal("1300.00"), null)));
    static final Prepared PREPARED = new Prepared(BILL, new Eligibility("psn-1", "310101********1234", "张三", Scheme.EMPLOYEE, "310101",
            "ACTIVE", true, true, List.of(), List.of()), "330127", CareBasis.EMERGENCY, null, CalculatorFixtures.level(1),
            CalculatorFixtures.CATALOGUE, List.of(), 2026, "hash");

    static Settlement claimed() {
        return Settlement.claim("stl-1", BILL, PREPARED, "attempt-1", NOW);
    }

    static Calculation calculation() {
        return new SettlementCalculator().calculate(BILL.lines(), PREPARED.catalogue(), PREPARED.terms(), PREPARED.basis(), BigDecimal.ZERO);
    }

    @Nested
    class Lifecycle {

        @Test
        void shouldMakeClearingDueWhenCompleted() {
            Settlement s = claimed();

            s.complete(BILL, PREPARED, calculation(), NOW, "2026-05", null, null);

            assertThat(s.status()).isEqualTo(SettlementStatus.COMPLETED);
            assertThat(s.clearingPending()).isTrue();
            assertThat(s.releasePending()).isFalse();
            assertThat(s.calculation().fundPayment()).isEqualTo("900.00");
            assertThat(s.billKey()).isEqualTo("inst-1|ZY-1");
        }

        @Test
        void shouldMakeReleaseAndClearingDueWhenReversed() {
            Settlement s = claimed();
            s.complete(BILL, PREPARED, calculation(), NOW, "2026-05", null, null);

            s.reverse("timeout", "hospital-1", NOW, "2026-06");

            assertThat(s.status()).isEqualTo(SettlementStatus.REVERSED);
            assertThat(s.releasePending()).isTrue();
            assertThat(s.clearingPending()).isTrue();
            assertThat(s.reversedPeriod()).isEqualTo("2026-06");
        }

        @Test
        void shouldRefuseToReverseWhenNotCompleted() {
            assertThatThrownBy(() -> claimed().reverse("x", "h", NOW, "2026-05")).isInstanceOf(BusinessRuleException.class);
        }

        @Test
        void shouldLetARetryTakeOverOnlyWhenAbandonedAndReleased() {
            Settlement s = claimed();
            s.abandon(NOW);

            assertThat(s.releasePending()).isTrue();
            assertThatThrownBy(() -> s.retake(BILL, PREPARED, "attempt-2", NOW)).isInstanceOf(ConflictException.class);
            assertThatThrownBy(() -> s.complete(BILL, PREPARED, calculation(), NOW, "2026-05", null, null))
                    .isInstanceOf(ConflictException.class);
            assertThat(s.status()).isEqualTo(SettlementStatus.ABANDONED);
        }
    }
}
