package org.chs.platform.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.chs.contracts.ReviewTokenHash;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HandlingDeskTest {

    private static final Instant NOW = Instant.parse("2026-05-15T02:30:00Z");
    private static final Operator CLERK = new Operator("clerk-county", "chs-console", OperatorKind.CLERK, Optional.of("sp-county"));
    private static final Operator BANK = new Operator("bank-icbc", "bank-icbc", OperatorKind.BANK, Optional.of("sp-bank"));
    private static final Operator HOSPITAL = new Operator("hospital-chunan-first", "hospital-chunan-first", OperatorKind.HOSPITAL,
            Optional.of("sp-hospital"));

    private Authorisation answer = new Authorisation("sp-county", "ENR-02", true, null, "城乡居民参保登记", true, 3, AuthorisationSource.LIVE,
            false, NOW, "淳安县行政服务中心医保窗口");
    private final List<String> asked = new ArrayList<>();
    private final HandlingDesk desk = new HandlingDesk((point, item) -> {
        asked.add(point + "/" + item);
        return answer;
    }, Clock.fixed(NOW, ZoneOffset.UTC));

    private static HandlingRequest atCounter(Instant queuedAt, Instant startedAt) {
        return HandlingRequest.at("ENR-02", CLERK, queuedAt, startedAt);
    }

    @Nested
    class Scope {

        @Test
        void shouldActAtTheTokensPointWhenNoPointIsGiven() {
            OpenHandling open = desk.open(new HandlingRequest("ENR-02", BANK, null, null, null, null));
            assertThat(open.servicePointId()).isEqualTo("sp-bank");
            assertThat(open.channel()).isEqualTo(Channel.BANK_API);
            assertThat(open.startedAt()).isEqualTo(NOW);
            assertThat(open.reviewToken()).hasSizeGreaterThan(40);
            assertThat(asked).containsExactly("sp-bank/ENR-02");
        }

        @Test
        void shouldRefuseWithoutAskingTheCatalogueWhenTheCallerActsForAnotherPoint() {
            assertThatThrownBy(() -> desk.open(new HandlingRequest("ENR-02", BANK, "sp-county", null, null, null)))
                    .isInstanceOf(ServicePointScopeException.class).isNotInstanceOf(NoServicePointException.class)
                    .hasMessageContaining("sp-bank");
            assertThat(asked).isEmpty();
        }

        @Test
        void shouldRefuseWhenTheTokenHasNoServicePoint() {
            Operator admin = new Operator("admin", "chs-console", OperatorKind.CLERK, Optional.empty());
            assertThatThrownBy(() -> desk.open(new HandlingRequest("ENR-02", admin, null, Channel.ONLINE, null, null)))
                    .isInstanceOf(NoServicePointException.class).hasMessageContaining("admin");
        }
    }

    @Nested
    class Channels {

        @Test
        void shouldRefuseWhenABankDeclaresAnotherChannel() {
            assertThatThrownBy(() -> desk.open(new HandlingRequest("ENR-02", BANK, null, Channel.COUNTER, null, null)))
                    .isInstanceOfSatisfying(InvalidHandlingException.class, e -> {
                        assertThat(e.field()).isEqualTo("channel");
                        assertThat(e.rule()).isEqualTo("channel-of-caller");
                    });
        }

        @Test
        void shouldRefuseWhenAClerkClaimsTheBanksChannel() {
            assertThatThrownBy(() -> desk.open(new HandlingRequest("ENR-02", CLERK, null, Channel.BANK_API, null, null)))
                    .isInstanceOf(InvalidHandlingException.class).hasMessageContaining("partner banks");
        }

        @Test
        void shouldHandleAtTheHospitalWindowWithoutCounterTimesWhenAHospitalCalls() {
            OpenHandling open = desk.open(HandlingRequest.at("FIL-02", HOSPITAL, null, null));
            assertThat(open.channel()).isEqualTo(Channel.HOSPITAL_WINDOW);
            assertThat(open.queuedAt()).isNull();
            assertThat(open.startedAt()).isEqualTo(NOW);
        }

        @Test
        void shouldLetAClerkRecordAnOnlineApplicationWithoutCounterTimes() {
            OpenHandling open = desk.open(new HandlingRequest("ENR-02", CLERK, null, Channel.ONLINE, null, null));
            assertThat(open.channel()).isEqualTo(Channel.ONLINE);
        }
    }

    @Nested
    class CounterTimes {

        @Test
        void shouldRefuseWithoutAskingTheCatalogueWhenACounterHandlingLacksTheQueueTime() {
            assertThatThrownBy(() -> desk.open(atCounter(null, NOW.minusSeconds(60))))
                    .isInstanceOfSatisfying(InvalidHandlingException.class, e -> {
                        assertThat(e.field()).isEqualTo("queuedAt");
                        assertThat(e.rule()).isEqualTo("required-at-counter");
                    });
            assertThat(asked).isEmpty();
        }

        @Test
        void shouldRefuseWhenACounterHandlingLacksTheStartTime() {
            assertThatThrownBy(() -> desk.open(atCounter(NOW.minusSeconds(60), null)))
                    .isInstanceOfSatisfying(InvalidHandlingException.class, e -> assertThat(e.field()).isEqualTo("startedAt"));
        }

        @Test
        void shouldRefuseWhenQueuedAfterStarted() {
            assertThatThrownBy(() -> desk.open(atCounter(NOW.minusSeconds(60), NOW.minusSeconds(120))))
                    .isInstanceOfSatisfying(InvalidHandlingException.class, e -> {
                        assertThat(e.field()).isEqualTo("queuedAt");
                        assertThat(e.rule()).isEqualTo("before-start");
                    });
        }

        @Test
        void shouldRefuseWhenStartedInTheFutureBeyondTheClockSkew() {
            assertThatThrownBy(() -> desk.open(atCounter(NOW, NOW.plus(HandlingDesk.CLOCK_SKEW).plusSeconds(1))))
                    .isInstanceOfSatisfying(InvalidHandlingException.class, e -> assertThat(e.rule()).isEqualTo("past"));
        }

        @Test
        void shouldAcceptAStartWithinTheClockSkew() {
            OpenHandling open = desk.open(atCounter(NOW.minusSeconds(60), NOW.plus(HandlingDesk.CLOCK_SKEW)));
            assertThat(open.startedAt()).isEqualTo(NOW.plus(HandlingDesk.CLOCK_SKEW));
        }

        @Test
        void shouldRefuseWhenTheTicketIsOlderThanAWorkingDay() {
            assertThatThrownBy(() -> desk.open(atCounter(NOW.minus(HandlingDesk.LONGEST_WAIT).minusSeconds(1), NOW)))
                    .isInstanceOfSatisfying(InvalidHandlingException.class, e -> assertThat(e.rule()).isEqualTo("recent"));
        }

        @Test
        void shouldOpenWhenQueuedBeforeStartedBeforeNow() {
            OpenHandling open = desk.open(new HandlingRequest("ENR-02", CLERK, "sp-county", null, NOW.minusSeconds(900), NOW.minusSeconds(300)));
            assertThat(open.channel()).isEqualTo(Channel.COUNTER);
            assertThat(open.queuedAt()).isEqualTo(NOW.minusSeconds(900));
            assertThat(open.complete("psn-1", NOW, ZoneOffset.UTC).reviewTokenHash()).isEqualTo(ReviewTokenHash.of(open.reviewToken()))
                    .hasSize(64);
        }
    }

    @Nested
    class Catalogue {

        @Test
        void shouldRecordTheNamesAndTheSourceTheCatalogueGaveWhenCompleted() {
            answer = new Authorisation("sp-county", "ENR-02", true, null, "城乡居民参保登记", true, 3, AuthorisationSource.CACHE, true, NOW,
                    "淳安县行政服务中心医保窗口");
            OpenHandling open = desk.open(atCounter(NOW.minusSeconds(900), NOW.minusSeconds(300)));

            HandlingRecord record = open.complete("psn-1", NOW, ZoneOffset.ofHours(8));

            assertThat(record.servicePointName()).isEqualTo("淳安县行政服务中心医保窗口");
            assertThat(record.itemName()).isEqualTo("城乡居民参保登记");
            assertThat(record.instant()).isTrue();
            assertThat(record.outcome()).isEqualTo(HandlingRecord.COMPLETED);
            assertThat(record.authorisationSource()).isEqualTo(AuthorisationSource.CACHE);
            assertThat(record.authorisationStale()).isTrue();
            assertThat(record.catalogueVersion()).isEqualTo(3);
            assertThat(record.completedOn()).isEqualTo(NOW.atZone(ZoneOffset.ofHours(8)).toLocalDate());
        }

        @Test
        void shouldRefuseNamingItemAndPointWhenTheCatalogueSaysNo() {
            answer = new Authorisation("sp-bank", "ENR-01", false, "not entrusted to banks", "职工参保登记", false, 3,
                    AuthorisationSource.LIVE, false, NOW, "农商银行汾口支行");
            assertThatThrownBy(() -> desk.open(new HandlingRequest("ENR-01", BANK, null, null, null, null)))
                    .isInstanceOfSatisfying(ItemNotAuthorisedException.class, e -> assertThat(e.authorisation()).isEqualTo(answer))
                    .hasMessageContaining("ENR-01").hasMessageContaining("sp-bank").hasMessageContaining("not entrusted to banks");
        }
    }

    @Nested
    class Records {

        @Test
        void shouldReadAHandlingStoredWithoutOutcomeOrSourceAsCompletedAndCachedExactlyWhenStale() {
            HandlingRecord stale = new HandlingRecord("hdl-1", "FIL-01", null, true, "sp-1", "clerk", Channel.COUNTER, NOW, NOW, NOW,
                    null, "psn-1", null, null, true, 7, "hash", null);
            HandlingRecord live = new HandlingRecord("hdl-2", "FIL-01", null, true, "sp-1", "clerk", Channel.COUNTER, NOW, NOW, NOW,
                    null, "psn-1", null, null, false, 7, "hash", null);

            assertThat(stale.outcome()).isEqualTo(HandlingRecord.COMPLETED);
            assertThat(stale.authorisationSource()).isEqualTo(AuthorisationSource.CACHE);
            assertThat(live.authorisationSource()).isEqualTo(AuthorisationSource.LIVE);
        }

        @Test
        void shouldKeepEverythingElseWhenTheRecordIsAboutAPerson() {
            HandlingRecord record = desk.open(atCounter(NOW.minusSeconds(900), NOW.minusSeconds(300))).complete(null, NOW, ZoneOffset.UTC);

            HandlingRecord about = record.about("psn-9");

            assertThat(about.personId()).isEqualTo("psn-9");
            assertThat(about).usingRecursiveComparison().ignoringFields("personId").isEqualTo(record);
        }
    }
}
