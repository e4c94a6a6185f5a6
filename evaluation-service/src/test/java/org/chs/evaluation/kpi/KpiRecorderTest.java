package org.chs.evaluation.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chs.evaluation.kpi.KpiFixtures.T0;
import static org.chs.evaluation.kpi.KpiFixtures.counter;
import static org.chs.evaluation.kpi.KpiFixtures.online;
import static org.chs.evaluation.kpi.KpiFixtures.selfService;
import static org.chs.evaluation.kpi.KpiFixtures.typedCounter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.chs.evaluation.scoring.Metric;
import org.chs.platform.messaging.IdempotentWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import de.bwaldvogel.mongo.MongoServer;

/** The KPI counters on the embedded MongoDB the platform runs on: the operators used must work there. */
class KpiRecorderTest {

    private static MongoServer server;
    private static MongoTemplate mongo;
    private KpiRecorder recorder;
    private KpiService kpis;
    private final LocalDate day = LocalDate.of(2026, 5, 15);

    @BeforeAll
    static void start() {
        server = KpiFixtures.server();
        mongo = KpiFixtures.template(server);
    }

    @AfterAll
    static void stop() {
        server.shutdownNow();
    }

    @BeforeEach
    void setUp() {
        mongo.dropCollection(KpiBucket.class);
        mongo.dropCollection(SettlementFact.class);
        recorder = new KpiRecorder(mongo, new IdempotentWriter(mongo), KpiProperties.defaults());
        kpis = new KpiService(mongo, KpiProperties.defaults());
    }

    @Nested
    class RecordingHandlings {

        @Test
        void shouldCountAHandlingOnceWhenItArrivesTwice() {
            assertThat(recorder.recordHandling(counter("h1", "sp-1", 12, 8))).isTrue();
            assertThat(recorder.recordHandling(counter("h1", "sp-1", 12, 8))).isFalse();

            KpiFigures figures = kpis.figures("sp-1", day, day);
            assertThat(figures.handlings()).isEqualTo(1);
            assertThat(figures.averageWaitingMinutes()).isEqualByComparingTo("12");
            assertThat(figures.averageInstantHandlingMinutes()).isEqualByComparingTo("8");
        }

        @Test
        void shouldAverageWaitingOverCounterHandlingsOnlyWhenChannelsMix() {
            recorder.recordHandling(counter("h1", "sp-1", 10, 6));
            recorder.recordHandling(counter("h2", "sp-1", 20, 12));
            recorder.recordHandling(online("h3", "sp-1"));
            recorder.recordHandling(online("h4", "sp-1"));

            KpiFigures figures = kpis.figures("sp-1", day, day);
            assertThat(figures.handlings()).isEqualTo(4);
            assertThat(figures.averageWaitingMinutes()).isEqualByComparingTo("15");
            assertThat(figures.averageInstantHandlingMinutes()).isEqualByComparingTo("9");
            assertThat(figures.onlineRatePercent()).isEqualByComparingTo("50");
            assertThat(figures.metrics()).containsKeys(Metric.ONLINE_RATE, Metric.AVERAGE_WAITING_MINUTES)
                    .doesNotContainKey(Metric.SATISFACTION_RATE);
        }

        @Test
        void shouldNotCountTypedCounterTimesWhenTheHandlingHasNoQueueTicket() {
            recorder.recordHandling(counter("h1", "sp-1", 10, 6));
            recorder.recordHandling(typedCounter("h2", "sp-1", 1, 1));

            KpiFigures figures = kpis.figures("sp-1", day, day);
            assertThat(figures.handlings()).isEqualTo(2);
            assertThat(figures.byChannel()).containsEntry("COUNTER", 2L);
            assertThat(figures.waits()).isEqualTo(1);
            assertThat(figures.averageWaitingMinutes()).isEqualByComparingTo("10");
            assertThat(figures.instantHandlings()).isEqualTo(1);
            assertThat(figures.averageInstantHandlingMinutes()).isEqualByComparingTo("6");
        }

        @Test
        void shouldKeepSelfServiceOutOfTheOnlineRateWhenBothAreHandled() {
            recorder.recordHandling(counter("h1", "sp-1", 10, 6));
            recorder.recordHandling(counter("h2", "sp-1", 10, 6));
            recorder.recordHandling(online("h3", "sp-1"));
            recorder.recordHandling(selfService("h4", "sp-1"));

            KpiFigures figures = kpis.figures("sp-1", day, day);
            assertThat(figures.onlineHandlings()).isEqualTo(1);
            assertThat(figures.onlineRatePercent()).isEqualByComparingTo("25");
            assertThat(figures.selfServiceHandlings()).isEqualTo(1);
            assertThat(figures.selfServiceRatePercent()).isEqualByComparingTo("25");
            assertThat(figures.metrics()).containsEntry(Metric.ONLINE_RATE, new java.math.BigDecimal("25.00"))
                    .containsEntry(Metric.SELF_SERVICE_RATE, new java.math.BigDecimal("25.00"));
        }

        @Test
        void shouldCountEachHandlingOnceWhenManyArriveConcurrentlyWithDuplicates() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                HandlingFact fact = counter("h" + i, "sp-2", 5, 5);
                calls.add(() -> recorder.recordHandling(fact));
                calls.add(() -> recorder.recordHandling(fact));
            }
            long applied = 0;
            for (Future<Boolean> f : pool.invokeAll(calls)) {
                applied += f.get() ? 1 : 0;
            }
            pool.shutdown();

            assertThat(applied).isEqualTo(50);
            assertThat(kpis.figures("sp-2", day, day).handlings()).isEqualTo(50);
        }

        @Test
        void shouldKeepPointsAndDaysApartWhenReading() {
            recorder.recordHandling(counter("h1", "sp-1", 1, 1));
            recorder.recordHandling(counter("h2", "sp-9", 1, 1));
            recorder.recordHandling(new HandlingFact("h3", "sp-1", "COUNTER", false, null, T0.plusSeconds(86400 * 40),
                    T0.plusSeconds(86400 * 40 + 60), "QRY-01", null));

            KpiReport report = kpis.report("sp-1", day, day.plusDays(60));
            assertThat(report.totals().handlings()).isEqualTo(2);
            assertThat(report.months()).containsOnlyKeys("2026-05", "2026-06");
        }
    }

    @Nested
    class HandlingsByItem {

        @Test
        void shouldCountHandlingsPerItemOncePerHandlingAndPerMonth() {
            recorder.recordHandling(counter("h1", "sp-1", 1, 1));
            recorder.recordHandling(counter("h1", "sp-1", 1, 1));
            recorder.recordHandling(counter("h2", "sp-1", 1, 1));
            recorder.recordHandling(online("h3", "sp-1"));
            recorder.recordHandling(new HandlingFact("h4", "sp-1", "COUNTER", false, null, T0.plusSeconds(86400 * 20),
                    T0.plusSeconds(86400 * 20 + 60), "qry-01", null));

            KpiReport report = kpis.report("sp-1", day, day.plusDays(30));
            assertThat(report.totals().byItem()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("ENR-02", 2L, "PAY-01", 1L,
                    "QRY-01", 1L));
            assertThat(report.months().get("2026-05").byItem()).containsOnlyKeys("ENR-02", "PAY-01");
            assertThat(report.months().get("2026-06").byItem()).containsExactlyEntriesOf(java.util.Map.of("QRY-01", 1L));
        }

        @Test
        void shouldCountAHandlingWithoutAnItemOrWithAnUnsafeCodeUnderAPlaceholderKey() {
            recorder.recordHandling(new HandlingFact("h1", "sp-1", "COUNTER", false, null, T0, T0.plusSeconds(60), null, null));
            recorder.recordHandling(new HandlingFact("h2", "sp-1", "COUNTER", false, null, T0, T0.plusSeconds(60), "a.$b", null));

            assertThat(kpis.figures("sp-1", day, day).byItem()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("UNKNOWN", 1L,
                    "OTHER", 1L));
        }
    }

    @Nested
    class Overview {

        @Test
        void shouldListEveryPointWithDataInThePeriodWithItsChecksButNoInstitution() {
            recorder.recordHandling(counter("h1", "sp-a", 20, 5));
            recorder.recordHandling(counter("h2", "sp-b", 5, 5));
            recorder.recordHandling(online("h3", "sp-b"));
            recorder.recordReview("h2", "sp-b", day, "SATISFIED", false);
            recorder.recordSettlement("s1", "inst-1", T0, true);
            recorder.recordHandling(new HandlingFact("h9", "sp-c", "COUNTER", false, null, T0.plusSeconds(86400 * 40),
                    T0.plusSeconds(86400 * 40 + 60), "ENR-02", null));

            KpiOverview overview = kpis.overview(day.withDayOfMonth(1), day.withDayOfMonth(31));

            assertThat(overview.points()).extracting(KpiOverview.PointKpis::servicePointId).containsExactly("sp-a", "sp-b");
            KpiOverview.PointKpis a = overview.points().get(0);
            assertThat(a.totals().handlings()).isEqualTo(1);
            assertThat(a.checks()).filteredOn(c -> c.kpi().equals("AVERAGE_WAITING_MINUTES")).singleElement()
                    .satisfies(c -> assertThat(c.met()).isFalse());
            KpiOverview.PointKpis b = overview.points().get(1);
            assertThat(b.totals().onlineRatePercent()).isEqualByComparingTo("50");
            assertThat(b.checks()).filteredOn(c -> c.kpi().equals("SATISFACTION_RATE")).singleElement()
                    .satisfies(c -> assertThat(c.met()).isTrue());
        }

        @Test
        void shouldRefuseAnOverviewLongerThanAYear() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> kpis.overview(day, day.plusDays(367)))
                    .isInstanceOf(org.chs.platform.domain.BusinessRuleException.class).hasMessageContaining("366");
        }
    }

    @Nested
    class RecordingReviewsAndSettlements {

        @Test
        void shouldComputeSatisfactionAndUnrectifiedBadReviewsWhenReviewsArrive() {
            recorder.recordReview("h1", "sp-1", day, "VERY_SATISFIED", false);
            recorder.recordReview("h2", "sp-1", day, "BASICALLY_SATISFIED", false);
            recorder.recordReview("h3", "sp-1", day, "DISSATISFIED", true);
            recorder.recordReview("h4", "sp-1", day, "VERY_DISSATISFIED", true);
            recorder.recordReview("h4", "sp-1", day, "VERY_DISSATISFIED", true);
            recorder.recordRectified("h3", "sp-1", day);
            recorder.recordRectified("h3", "sp-1", day);

            KpiFigures figures = kpis.figures("sp-1", day, day);
            assertThat(figures.reviews()).isEqualTo(4);
            assertThat(figures.satisfactionRatePercent()).isEqualByComparingTo("50");
            assertThat(figures.badReviews()).isEqualTo(2);
            assertThat(figures.unrectifiedBadReviews()).isEqualTo(1);
        }

        @Test
        void shouldComputeTheDirectSettlementRateWhenSettlementsArrive() {
            recorder.recordSettlement("s1", "inst-1", T0, true);
            recorder.recordSettlement("s2", "inst-1", T0, true);
            recorder.recordSettlement("s3", "inst-1", T0, false);
            recorder.recordSettlement("s3", "inst-1", T0, false);

            KpiReport report = kpis.report(KpiRecorder.institutionKey("inst-1"), day, day);
            assertThat(report.totals().directSettlementRatePercent()).isEqualByComparingTo("66.67");
            assertThat(report.checks()).filteredOn(c -> c.kpi().equals("DIRECT_SETTLEMENT_RATE")).singleElement()
                    .satisfies(c -> assertThat(c.met()).isFalse());
        }

        @Test
        void shouldTakeAReversedSettlementOutOnceOnTheDayItWasCounted() {
            recorder.recordSettlement("s1", "inst-2", T0, true);
            recorder.recordSettlement("s2", "inst-2", T0, true);
            recorder.recordSettlement("s3", "inst-2", T0, false);

            assertThat(recorder.recordSettlementReversed("s1")).isTrue();
            assertThat(recorder.recordSettlementReversed("s1")).isFalse();

            KpiFigures figures = kpis.figures(KpiRecorder.institutionKey("inst-2"), day, day);
            assertThat(figures.directSettlements()).isEqualTo(1);
            assertThat(figures.directSettlementRatePercent()).isEqualByComparingTo("50");
        }

        @Test
        void shouldAskForARetryWhenAReversalComesBeforeItsSettlement() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> recorder.recordSettlementReversed("s-unknown"))
                    .isInstanceOf(KpiRecorder.UnknownSettlementException.class);
        }
    }
}
