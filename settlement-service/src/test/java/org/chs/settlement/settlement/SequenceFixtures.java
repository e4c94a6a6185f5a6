package org.chs.settlement.settlement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.chs.platform.handling.Authorisation;
import org.chs.platform.handling.AuthorisationSource;
import org.chs.platform.handling.Channel;
import org.chs.platform.handling.OpenHandling;
import org.chs.platform.messaging.Outbox;
import org.chs.settlement.eligibility.Eligibility;
import org.chs.settlement.policy.HospitalLevel;
import org.chs.settlement.policy.Scheme;

import tools.jackson.databind.json.JsonMapper;

/**
 * The settling sequence and the recovery job wired to fakes — settlement documents, accumulators and clearing totals in
 * memory, checks that always pass with fixed terms, a clock the test moves — so the writes can be driven step by step
 * without Spring or MongoDB.
 */
final class SequenceFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-05-15T02:00:00Z");
    static final String PERSON = "psn-1";
    static final int YEAR = 2026;
    static final String INSTITUTION = "inst-1";
    static final Eligibility INSURED = new Eligibility(PERSON, "310101********1234", "张三", Scheme.EMPLOYEE, "310101", "ACTIVE", true,
            true, List.of(), List.of());
    /** LEVEL_1, class A, 1300.00: the fund pays (1300.00 − 300.00) × 0.90 = 900.00. */
    static final String NINE_HUNDRED = "A1 1 1300.00";

    final MovableClock clock = new MovableClock(NOW);
    final InMemorySettlementStore store = new InMemorySettlementStore();
    final InMemoryAccumulators accumulators = new InMemoryAccumulators();
    final RecordingClearing clearing = new RecordingClearing();
    final AtomicInteger checksRun = new AtomicInteger();
    /** What the checks answer: the policy terms of the bill; change before settling to test the cap. */
    PolicyTerms terms = CalculatorFixtures.level(1);
    final SettlementProperties properties = new SettlementProperties(Duration.ofMinutes(2), Duration.ofSeconds(5), 200, Duration.ofSeconds(10));
    final PendingEffects effects = new PendingEffects(store, accumulators, clearing);
    final SettlementSequence sequence = new SettlementSequence(this::prepare, store, accumulators, effects,
            new DomainEventsInOutbox(new Outbox(JsonMapper.builder().build(), "settlement-service", "settlement.events", clock)),
            properties, clock, ZONE);
    final SettlementRecovery recovery = new SettlementRecovery(store, effects, properties, clock);

    static SettleBill bill(String number, String... lines) {
        return new SettleBill(SettlementMode.DIRECT, INSTITUTION, null, "hospital-1", number, "310101196001011234",
                LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-10"), VisitType.INPATIENT, null, null, false, null,
                CalculatorFixtures.lines(lines));
    }

    static ManualReimbursement reimbursement(String number, String... lines) {
        SettleBill bill = new SettleBill(SettlementMode.MANUAL, INSTITUTION, "sp-fenkou-township", "clerk-township", number,
                "310101196001011234", LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-10"), VisitType.INPATIENT, null,
                HospitalLevel.LEVEL_1, false, "330127", CalculatorFixtures.lines(lines));
        Authorisation allowed = new Authorisation("sp-fenkou-township", "RMB-01", true, null, "零星报销", false, 3, AuthorisationSource.LIVE, false, NOW,
                "汾口镇便民服务中心医保服务点");
        OpenHandling handling = new OpenHandling("hdl-1", "RMB-01", "sp-fenkou-township", "clerk-township", Channel.COUNTER,
                NOW.minusSeconds(900), NOW.minusSeconds(300), allowed, "review-token-1");
        return new ManualReimbursement(bill, handling, new Payee("张三", "农业银行", "************1234"));
    }

    /** The checks' answer for every bill: insured in 310101, treated in 330127 on a long-term filing, nothing flagged. */
    private Prepared prepare(SettleBill bill, String hash) {
        checksRun.incrementAndGet();
        return prepared(bill, terms);
    }

    static Prepared prepared(SettleBill bill, PolicyTerms terms) {
        return new Prepared(bill.atLevel(HospitalLevel.LEVEL_1), INSURED, "330127", CareBasis.LONG_TERM, null, terms,
                CalculatorFixtures.CATALOGUE, List.of(), YEAR, RequestHash.of(bill));
    }

    static String billKey(String number) {
        return INSTITUTION + "|" + number;
    }

    long paidFen() {
        return accumulators.paidFen(PERSON, YEAR);
    }

    /** The staged events, as the fake {@link SettlementEvents} names them: {@code settlement-completed}, {@code handling-completed}… */
    static List<String> stagedEvents(Settlement s) {
        return s.outbox().stream().map(m -> m.routingKey().split("\\.")[1]).toList();
    }

    static PolicyTerms withCap(String cap) {
        PolicyTerms level1 = CalculatorFixtures.level(1);
        return new PolicyTerms(level1.deductible(), level1.ratio(), new BigDecimal(cap), level1.referralReductionPoints(),
                level1.unreferredReductionPoints());
    }

    /** A clock the test sets and moves; {@link #tickOnRead} makes time pass while code waits on it. */
    static final class MovableClock extends Clock {

        private Instant now;
        private Duration tick = Duration.ZERO;

        MovableClock(Instant now) {
            this.now = now;
        }

        synchronized void advance(Duration by) {
            now = now.plus(by);
        }

        synchronized void tickOnRead(Duration by) {
            tick = by;
        }

        @Override
        public synchronized Instant instant() {
            Instant read = now;
            now = now.plus(tick);
            return read;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }
    }

    /**
     * Stages each domain event in the settlement's outbox under its name, so a test sees which events were staged and
     * that they are saved in the same write; the mapping to contracts is {@code OutboxSettlementEvents}' and tested there.
     */
    static final class DomainEventsInOutbox implements SettlementEvents {

        private final Outbox outbox;

        DomainEventsInOutbox(Outbox outbox) {
            this.outbox = outbox;
        }

        @Override
        public void stage(Settlement settlement, List<SettlementEvent> events) {
            // "domain.settlement-completed.v1": a routing key the outbox accepts, named after the domain event
            events.forEach(e -> outbox.stage(settlement, "domain." + e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2")
                    .toLowerCase() + ".v1", e, NOW));
        }
    }

    /** The clearing entries the sequence made, in order; can fail the next one as an outage would. */
    static final class RecordingClearing implements ClearingEntries {

        final List<String> entries = new ArrayList<>();
        private RuntimeException failNext;

        synchronized void failNext(RuntimeException failure) {
            failNext = failure;
        }

        @Override
        public synchronized void settled(String settlementId, String period, String payerRegion, String payeeRegion, long fundFen,
                                         long totalFen) {
            record("settled " + settlementId + " " + period + " " + payerRegion + ">" + payeeRegion + " " + fundFen + "/" + totalFen);
        }

        @Override
        public synchronized void reversed(String settlementId, String period, String payerRegion, String payeeRegion, long fundFen,
                                          long totalFen) {
            record("reversed " + settlementId + " " + period + " " + payerRegion + ">" + payeeRegion + " " + fundFen + "/" + totalFen);
        }

        synchronized List<String> entries() {
            return List.copyOf(entries);
        }

        private void record(String entry) {
            if (failNext != null) {
                RuntimeException failure = failNext;
                failNext = null;
                throw failure;
            }
            entries.add(entry);
        }
    }
}
