package org.chs.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chs.settlement.settlement.SequenceFixtures.NINE_HUNDRED;
import static org.chs.settlement.settlement.SequenceFixtures.NOW;
import static org.chs.settlement.settlement.SequenceFixtures.PERSON;
import static org.chs.settlement.settlement.SequenceFixtures.YEAR;
import static org.chs.settlement.settlement.SequenceFixtures.bill;
import static org.chs.settlement.settlement.SequenceFixtures.billKey;
import static org.chs.settlement.settlement.SequenceFixtures.reimbursement;
import static org.chs.settlement.settlement.SequenceFixtures.stagedEvents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.settlement.shared.ConflictException;
import org.chs.settlement.shared.IdempotencyKeyReusedException;
import org.chs.settlement.shared.ServicePointScopeException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;

/** The claim → reserve → complete and reversal writes of {@link SettlementSequence}, against fakes (no Spring, no MongoDB). */
class SettlementSequenceTest {

    final SequenceFixtures f = new SequenceFixtures();

    @Nested
    class Settle {

        @Test
        void shouldClaimReserveAndCompleteWhenTheBillIsNew() {
            Outcome outcome = f.sequence.settle(bill("ZY-1", NINE_HUNDRED));

            Settlement s = outcome.settlement();
            assertThat(outcome.replayed()).isFalse();
            assertThat(s.status()).isEqualTo(SettlementStatus.COMPLETED);
            assertThat(s.calculation().fundPayment()).isEqualByComparingTo("900.00");
            assertThat(f.accumulators.reservationsOf(PERSON, YEAR)).containsExactly(
                    new InMemoryAccumulators.Reservation(billKey("ZY-1"), s.attempt(), 90_000));
            assertThat(f.clearing.entries()).containsExactly("settled " + s.id() + " 2026-05 310101>330127 90000/130000");
            Settlement stored = f.store.findById(s.id()).orElseThrow();
            assertThat(stored.clearingPending()).isFalse();
            assertThat(stagedEvents(stored)).containsExactly("settlement-completed");
        }

        @Test
        void shouldWriteNothingWhenTheChecksRefuse() {
            SettlementSequence refusing = new SettlementSequence((bill, hash) -> {
                throw new BusinessRuleException("no-filing", "No cross-region filing", "no filing covers the stay");
            }, f.store, f.accumulators, f.effects, null, f.properties, f.clock, SequenceFixtures.ZONE);

            assertThatThrownBy(() -> refusing.settle(bill("ZY-1", NINE_HUNDRED))).isInstanceOf(BusinessRuleException.class);

            assertThat(f.store.count()).isZero();
            assertThat(f.paidFen()).isZero();
        }

        @Test
        void shouldTakeOnlyHospitalBillsWhenSettlingDirectly() {
            assertThatThrownBy(() -> f.sequence.settle(reimbursement("ZY-1", NINE_HUNDRED).bill()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void shouldReleaseItsReservationAndAbandonTheClaimWhenTheCompletingWriteFails() {
            f.store.failNextSave(s -> s.status() == SettlementStatus.COMPLETED, new DataAccessResourceFailureException("connection reset"));

            assertThatThrownBy(() -> f.sequence.settle(bill("ZY-1", NINE_HUNDRED))).isInstanceOf(DataAccessResourceFailureException.class);

            Settlement left = f.store.findByBill(SequenceFixtures.INSTITUTION, "ZY-1").orElseThrow();
            assertThat(left.status()).isEqualTo(SettlementStatus.ABANDONED);
            assertThat(left.releasePending()).isFalse();
            assertThat(f.paidFen()).isZero();
            assertThat(f.clearing.entries()).isEmpty();
        }

        @Test
        void shouldTakeOverTheAbandonedClaimWhenTheHospitalRetries() {
            f.store.failNextSave(s -> s.status() == SettlementStatus.COMPLETED, new DataAccessResourceFailureException("connection reset"));
            assertThatThrownBy(() -> f.sequence.settle(bill("ZY-1", NINE_HUNDRED))).isInstanceOf(DataAccessResourceFailureException.class);
            String abandonedId = f.store.findByBill(SequenceFixtures.INSTITUTION, "ZY-1").orElseThrow().id();

            Outcome retried = f.sequence.settle(bill("ZY-1", NINE_HUNDRED));

            assertThat(retried.replayed()).isFalse();
            assertThat(retried.settlement().id()).isEqualTo(abandonedId);
            assertThat(retried.settlement().status()).isEqualTo(SettlementStatus.COMPLETED);
            assertThat(f.paidFen()).isEqualTo(90_000);
        }

        @Test
        void shouldNotCountAnAttemptWhoseClaimWasTakenOverMeanwhile() {
            f.store.failNextSave(s -> s.status() == SettlementStatus.COMPLETED, new OptimisticLockingFailureException("version moved"));

            assertThatThrownBy(() -> f.sequence.settle(bill("ZY-1", NINE_HUNDRED))).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("superseded");

            assertThat(f.paidFen()).isZero();
        }
    }

    @Nested
    class Replay {

        @Test
        void shouldReturnTheFirstResultWithoutCheckingOrCountingAgainWhenTheSameBillComesAgain() {
            Outcome first = f.sequence.settle(bill("ZY-1", NINE_HUNDRED));

            Outcome replay = f.sequence.settle(bill("ZY-1", "A1 1.00 1300"));

            assertThat(replay.replayed()).isTrue();
            assertThat(replay.settlement().id()).isEqualTo(first.settlement().id());
            assertThat(f.checksRun).hasValue(1);
            assertThat(f.paidFen()).isEqualTo(90_000);
            assertThat(f.clearing.entries()).hasSize(1);
        }

        @Test
        void shouldRefuseWhenTheBillNumberComesWithAnotherBill() {
            f.sequence.settle(bill("ZY-1", NINE_HUNDRED));

            assertThatThrownBy(() -> f.sequence.settle(bill("ZY-1", "A1 1 1400.00"))).isInstanceOf(IdempotencyKeyReusedException.class);

            assertThat(f.paidFen()).isEqualTo(90_000);
        }

        @Test
        void shouldRefuseTheReimbursementOfABillTheHospitalSettled() {
            f.sequence.settle(bill("ZY-1", NINE_HUNDRED));

            assertThatThrownBy(() -> f.sequence.reimburse(reimbursement("ZY-1", NINE_HUNDRED)))
                    .isInstanceOf(IdempotencyKeyReusedException.class);
        }

        @Test
        void shouldAnswerConflictAfterWaitingWhenTheFirstRequestIsStillInFlight() {
            SettleBill bill = bill("ZY-1", NINE_HUNDRED);
            f.store.put(Settlement.claim("stl-in-flight", bill, SequenceFixtures.prepared(bill, f.terms), "first-attempt", NOW));
            f.clock.tickOnRead(Duration.ofSeconds(1));

            assertThatThrownBy(() -> f.sequence.settle(bill)).isInstanceOf(ConflictException.class).hasMessageContaining("still being settled");

            assertThat(f.checksRun).hasValue(0);
            assertThat(f.paidFen()).isZero();
        }

        @Test
        void shouldRefuseABillNumberTheHospitalReversedBeforeItWasSettled() {
            Settlement voided = f.sequence.reverse(SequenceFixtures.INSTITUTION, "ZY-1", "cashier timeout", "hospital-1");

            assertThat(voided.status()).isEqualTo(SettlementStatus.VOIDED);
            assertThatThrownBy(() -> f.sequence.settle(bill("ZY-1", NINE_HUNDRED))).isInstanceOf(BusinessRuleException.class)
                    .hasMessageContaining("before it was settled");
            assertThat(f.paidFen()).isZero();
        }
    }

    @Nested
    class CapContention {

        @Test
        void shouldRecomputeAgainstTheNewTotalWhenAnotherBillOfThePersonGotInFirst() {
            f.terms = SequenceFixtures.withCap("1000.00");
            f.accumulators.beforeNextReserve(() -> f.accumulators.reserved(PERSON, YEAR, billKey("ZY-OTHER"), "other", 50_000));

            Outcome outcome = f.sequence.settle(bill("ZY-1", NINE_HUNDRED));

            // computed from 0.00 it would pay 900.00; recomputed from 500.00 the cap leaves 500.00
            assertThat(outcome.settlement().calculation().fundPayment()).isEqualByComparingTo("500.00");
            assertThat(outcome.settlement().calculation().capReached()).isTrue();
            assertThat(f.accumulators.reserveCalls()).isEqualTo(2);
            assertThat(f.paidFen()).isEqualTo(100_000);
        }

        @Test
        void shouldNeverPayPastTheCapWhenBillsOfOnePersonAreSettledTogether() throws Exception {
            f.terms = SequenceFixtures.withCap("3000.00");
            List<Callable<Outcome>> bills = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String number = "ZY-" + i;
                bills.add(() -> f.sequence.settle(bill(number, NINE_HUNDRED)));
            }

            List<Outcome> outcomes = together(bills);

            long paid = outcomes.stream().mapToLong(o -> o.settlement().calculation().fundPayment().movePointRight(2).longValueExact()).sum();
            assertThat(paid).isEqualTo(300_000);
            assertThat(f.paidFen()).isEqualTo(300_000);
            assertThat(outcomes).filteredOn(o -> o.settlement().calculation().fundPayment().signum() > 0).hasSize(4);
        }
    }

    @Nested
    class Reversal {

        @Test
        void shouldReleaseTheReservationAndTakeTheAmountOffClearingWhenReversed() {
            Settlement settled = f.sequence.settle(bill("ZY-1", NINE_HUNDRED)).settlement();
            f.clock.advance(Duration.ofDays(20));

            Settlement reversed = f.sequence.reverse(SequenceFixtures.INSTITUTION, "ZY-1", "cashier timeout", "hospital-1");

            assertThat(reversed.status()).isEqualTo(SettlementStatus.REVERSED);
            assertThat(reversed.releasePending()).isFalse();
            assertThat(reversed.clearingPending()).isFalse();
            assertThat(f.paidFen()).isZero();
            assertThat(f.clearing.entries()).containsExactly(
                    "settled " + settled.id() + " 2026-05 310101>330127 90000/130000",
                    "settled " + settled.id() + " 2026-05 310101>330127 90000/130000",
                    "reversed " + settled.id() + " 2026-06 310101>330127 90000/130000");
            assertThat(stagedEvents(reversed)).containsExactly("settlement-completed", "settlement-reversed");
        }

        @Test
        void shouldReturnTheFirstReversalWhenTheBillIsReversedAgain() {
            f.sequence.settle(bill("ZY-1", NINE_HUNDRED));
            Settlement first = f.sequence.reverse(SequenceFixtures.INSTITUTION, "ZY-1", "cashier timeout", "hospital-1");
            int entries = f.clearing.entries().size();
            f.clock.advance(Duration.ofMinutes(5));

            Settlement second = f.sequence.reverse(SequenceFixtures.INSTITUTION, "ZY-1", "again", "hospital-1");

            assertThat(second.reversedAt()).isEqualTo(first.reversedAt());
            assertThat(second.reversalReason()).isEqualTo("cashier timeout");
            assertThat(f.clearing.entries()).hasSize(entries);
            assertThat(stagedEvents(second)).containsExactly("settlement-completed", "settlement-reversed");
        }

        @Test
        void shouldLeaveACountersReimbursementToTheCounter() {
            f.sequence.reimburse(reimbursement("ZY-1", NINE_HUNDRED));

            assertThatThrownBy(() -> f.sequence.reverse(SequenceFixtures.INSTITUTION, "ZY-1", "mistake", "hospital-1"))
                    .isInstanceOf(ServicePointScopeException.class);
            assertThat(f.paidFen()).isEqualTo(90_000);
        }

        @Test
        void shouldCancelThePaymentWhenACounterReversesItsReimbursement() {
            Settlement reimbursed = f.sequence.reimburse(reimbursement("ZY-1", NINE_HUNDRED)).settlement();

            Settlement reversed = f.sequence.reverse(reimbursed, "wrong account", "clerk-township");

            assertThat(reversed.status()).isEqualTo(SettlementStatus.REVERSED);
            assertThat(reversed.payment().status()).isEqualTo(PaymentRecord.CANCELLED);
            assertThat(f.paidFen()).isZero();
        }
    }

    @Nested
    class Reimbursement {

        @Test
        void shouldCompleteTheHandlingAndOrderThePaymentInTheSettlingWrite() {
            Outcome outcome = f.sequence.reimburse(reimbursement("ZY-1", NINE_HUNDRED));

            Settlement stored = f.store.findById(outcome.settlement().id()).orElseThrow();
            assertThat(stored.mode()).isEqualTo(SettlementMode.MANUAL);
            assertThat(stored.handling().id()).isEqualTo("hdl-1");
            assertThat(stored.handling().personId()).isEqualTo(PERSON);
            assertThat(stored.handling().completedAt()).isEqualTo(NOW);
            assertThat(stored.payment().status()).isEqualTo(PaymentRecord.ORDERED);
            assertThat(stored.payment().amount()).isEqualByComparingTo("900.00");
            assertThat(stagedEvents(stored)).containsExactly("settlement-completed", "handling-completed");
            assertThat(outcome.reviewToken()).isEqualTo("review-token-1");
        }

        @Test
        void shouldGiveTheReviewTokenOnlyWithTheFirstAnswer() {
            f.sequence.reimburse(reimbursement("ZY-1", NINE_HUNDRED));

            Outcome replay = f.sequence.reimburse(reimbursement("ZY-1", NINE_HUNDRED));

            assertThat(replay.replayed()).isTrue();
            assertThat(replay.reviewToken()).isNull();
        }
    }

    static <T> List<T> together(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
