package org.chs.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chs.settlement.settlement.SequenceFixtures.INSTITUTION;
import static org.chs.settlement.settlement.SequenceFixtures.NINE_HUNDRED;
import static org.chs.settlement.settlement.SequenceFixtures.NOW;
import static org.chs.settlement.settlement.SequenceFixtures.PERSON;
import static org.chs.settlement.settlement.SequenceFixtures.YEAR;
import static org.chs.settlement.settlement.SequenceFixtures.bill;
import static org.chs.settlement.settlement.SequenceFixtures.billKey;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** {@link SettlementRecovery} finishing what a crash left half-done, against fakes (no Spring, no MongoDB). */
class SettlementRecoveryTest {

    final SequenceFixtures f = new SequenceFixtures();

    /** What a process that died between the reservation and the completing write leaves: a claim and its reservation. */
    private Settlement diedAfterReserving(String number, Duration ago) {
        SettleBill bill = bill(number, NINE_HUNDRED);
        Settlement claimed = Settlement.claim("stl-crashed", bill, SequenceFixtures.prepared(bill, f.terms), "dead-attempt", NOW.minus(ago));
        f.store.put(claimed);
        f.accumulators.reserved(PERSON, YEAR, billKey(number), "dead-attempt", 77_700);
        return claimed;
    }

    @Nested
    class AbandonedClaims {

        @Test
        void shouldAbandonTheClaimAndReleaseItsReservationWhenTheAttemptDiedAfterReserving() {
            diedAfterReserving("ZY-1", Duration.ofHours(1));

            f.recovery.recover();

            Settlement recovered = f.store.findById("stl-crashed").orElseThrow();
            assertThat(recovered.status()).isEqualTo(SettlementStatus.ABANDONED);
            assertThat(recovered.releasePending()).isFalse();
            assertThat(f.paidFen()).isZero();
        }

        @Test
        void shouldLetTheRetryTakeOverAndCountTheBillOnceWhenRecovered() {
            diedAfterReserving("ZY-1", Duration.ofHours(1));
            f.recovery.recover();

            Outcome retried = f.sequence.settle(bill("ZY-1", NINE_HUNDRED));

            assertThat(retried.settlement().id()).isEqualTo("stl-crashed");
            assertThat(retried.settlement().status()).isEqualTo(SettlementStatus.COMPLETED);
            assertThat(f.accumulators.reservationsOf(PERSON, YEAR)).singleElement()
                    .satisfies(r -> assertThat(r.attempt()).isEqualTo(retried.settlement().attempt()))
                    .satisfies(r -> assertThat(r.fen()).isEqualTo(90_000));
        }

        @Test
        void shouldLeaveAClaimAloneWhileItIsYoungerThanTheClaimTimeout() {
            diedAfterReserving("ZY-1", Duration.ofSeconds(30));

            f.recovery.recover();

            assertThat(f.store.findById("stl-crashed").orElseThrow().status()).isEqualTo(SettlementStatus.CLAIMED);
            assertThat(f.paidFen()).isEqualTo(77_700);
        }

        @Test
        void shouldFinishTheReleaseWhenTheRequestsOwnCompensationFailed() {
            f.store.failNextSave(s -> s.status() == SettlementStatus.COMPLETED, new DataAccessResourceFailureException("connection reset"));
            f.accumulators.failReleases(true);
            assertThatThrownBy(() -> f.sequence.settle(bill("ZY-1", NINE_HUNDRED))).isInstanceOf(DataAccessResourceFailureException.class);
            assertThat(f.paidFen()).isEqualTo(90_000);
            f.accumulators.failReleases(false);
            f.clock.advance(Duration.ofMinutes(3));

            f.recovery.recover();

            assertThat(f.store.findByBill(INSTITUTION, "ZY-1").orElseThrow().status()).isEqualTo(SettlementStatus.ABANDONED);
            assertThat(f.paidFen()).isZero();
        }
    }

    @Nested
    class PendingSideEffects {

        @Test
        void shouldApplyTheClearingIncrementOnceWhenTheRequestCouldNotAfterCompleting() {
            f.clearing.failNext(new DataAccessResourceFailureException("connection reset"));
            assertThatThrownBy(() -> f.sequence.settle(bill("ZY-1", NINE_HUNDRED))).isInstanceOf(DataAccessResourceFailureException.class);
            Settlement completed = f.store.findByBill(INSTITUTION, "ZY-1").orElseThrow();
            assertThat(completed.status()).isEqualTo(SettlementStatus.COMPLETED);
            assertThat(completed.clearingPending()).isTrue();

            f.recovery.recover();
            assertThat(f.clearing.entries()).as("within the grace period the request thread may still be at it").isEmpty();
            f.clock.advance(Duration.ofSeconds(11));
            f.recovery.recover();
            f.recovery.recover();

            assertThat(f.clearing.entries()).containsExactly("settled " + completed.id() + " 2026-05 310101>330127 90000/130000");
            assertThat(f.store.findById(completed.id()).orElseThrow().clearingPending()).isFalse();
        }

        @Test
        void shouldReleaseAReversedBillsReservationWhenTheReversalStoppedAfterMarkingIt() {
            f.sequence.settle(bill("ZY-1", NINE_HUNDRED));
            f.accumulators.failReleases(true);
            assertThatThrownBy(() -> f.sequence.reverse(INSTITUTION, "ZY-1", "cashier timeout", "hospital-1"))
                    .isInstanceOf(IllegalStateException.class);
            Settlement marked = f.store.findByBill(INSTITUTION, "ZY-1").orElseThrow();
            assertThat(marked.status()).isEqualTo(SettlementStatus.REVERSED);
            assertThat(marked.releasePending()).isTrue();
            f.accumulators.failReleases(false);
            f.clock.advance(Duration.ofSeconds(11));

            f.recovery.recover();

            Settlement finished = f.store.findById(marked.id()).orElseThrow();
            assertThat(finished.releasePending()).isFalse();
            assertThat(finished.clearingPending()).isFalse();
            assertThat(f.paidFen()).isZero();
            assertThat(f.clearing.entries()).last().asString().startsWith("reversed " + marked.id());
        }
    }
}
