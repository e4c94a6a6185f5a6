package org.chs.enrollment.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HandlingDeskTest {

    private static final Instant NOW = Instant.parse("2026-05-15T02:30:00Z");
    private static final Operator CLERK = new Operator("clerk-county", "chs-console", OperatorKind.CLERK, Optional.of("sp-county"));
    private static final Operator BANK = new Operator("bank-icbc", "bank-icbc", OperatorKind.BANK, Optional.of("sp-bank"));

    private Authorisation answer = new Authorisation("sp-county", "ENR-02", true, null, "城乡居民参保登记", true, 3, AuthorisationSource.LIVE,
            false, NOW, "淳安县行政服务中心医保窗口");
    private final HandlingDesk desk = new HandlingDesk((point, item) -> answer, Clock.fixed(NOW, ZoneOffset.UTC));

    @Nested
    class Scope {

        @Test
        void shouldActAtTheTokensPointWhenNoPointIsGiven() {
            OpenHandling open = desk.open(new HandlingRequest("ENR-02", BANK, null, null, null, null));
            assertThat(open.servicePointId()).isEqualTo("sp-bank");
            assertThat(open.channel()).isEqualTo(Channel.BANK_API);
            assertThat(open.startedAt()).isEqualTo(NOW);
            assertThat(open.reviewToken()).hasSizeGreaterThan(40);
        }

        @Test
        void shouldRefuseWhenTheCallerActsForAnotherPoint() {
            assertThatThrownBy(() -> desk.open(new HandlingRequest("ENR-02", BANK, "sp-county", null, null, null)))
                    .isInstanceOf(ServicePointScopeException.class).hasMessageContaining("sp-bank");
        }

        @Test
        void shouldRefuseWhenTheTokenHasNoServicePoint() {
            Operator admin = new Operator("admin", "chs-console", OperatorKind.CLERK, Optional.empty());
            assertThatThrownBy(() -> desk.open(new HandlingRequest("ENR-02", admin, null, Channel.ONLINE, null, null)))
                    .isInstanceOf(ServicePointScopeException.class);
        }

        @Test
        void shouldRefuseWhenABankDeclaresAnotherChannel() {
            assertThatThrownBy(() -> desk.open(new HandlingRequest("ENR-02", BANK, null, Channel.COUNTER, null, null)))
                    .isInstanceOf(InvalidHandlingException.class);
        }
    }

    @Nested
    class CounterTimes {

        @Test
        void shouldRefuseWhenACounterHandlingLacksQueueAndStartTimes() {
            assertThatThrownBy(() -> desk.open(new HandlingRequest("ENR-02", CLERK, null, null, null, null)))
                    .isInstanceOfSatisfying(InvalidHandlingException.class, e -> assertThat(e.field()).isEqualTo("handling.queuedAt"));
        }

        @Test
        void shouldRefuseWhenQueuedAfterStarted() {
            assertThatThrownBy(() -> desk.open(new HandlingRequest("ENR-02", CLERK, null, null, NOW.minusSeconds(60), NOW.minusSeconds(120))))
                    .isInstanceOfSatisfying(InvalidHandlingException.class, e -> assertThat(e.field()).isEqualTo("handling.queuedAt"));
        }

        @Test
        void shouldRefuseWhenStartedInTheFuture() {
            assertThatThrownBy(() -> desk.open(new HandlingRequest("ENR-02", CLERK, null, null, NOW, NOW.plusSeconds(600))))
                    .isInstanceOfSatisfying(InvalidHandlingException.class, e -> assertThat(e.field()).isEqualTo("handling.startedAt"));
        }

        @Test
        void shouldOpenWhenQueuedBeforeStartedBeforeNow() {
            OpenHandling open = desk.open(new HandlingRequest("ENR-02", CLERK, "sp-county", null, NOW.minusSeconds(900), NOW.minusSeconds(300)));
            assertThat(open.channel()).isEqualTo(Channel.COUNTER);
            assertThat(open.complete("psn-1", NOW, ZoneOffset.UTC).reviewTokenHash()).isEqualTo(ReviewTokens.hash(open.reviewToken()))
                    .hasSize(64);
        }
    }

    @Nested
    class Catalogue {

        @Test
        void shouldRecordTheNamesTheCatalogueGaveWhenCompleted() {
            OpenHandling open = desk.open(new HandlingRequest("ENR-02", CLERK, "sp-county", null, NOW.minusSeconds(900), NOW.minusSeconds(300)));

            HandlingRecord record = open.complete("psn-1", NOW, ZoneOffset.UTC);

            assertThat(record.servicePointName()).isEqualTo("淳安县行政服务中心医保窗口");
            assertThat(record.itemName()).isEqualTo("城乡居民参保登记");
            assertThat(record.instant()).isTrue();
        }

        @Test
        void shouldRefuseNamingItemAndPointWhenTheCatalogueSaysNo() {
            answer = new Authorisation("sp-bank", "ENR-01", false, "not entrusted to banks", "职工参保登记", false, 3,
                    AuthorisationSource.LIVE, false, NOW, "农商银行汾口支行");
            assertThatThrownBy(() -> desk.open(new HandlingRequest("ENR-01", BANK, null, null, null, null)))
                    .isInstanceOf(ItemNotAuthorisedException.class).hasMessageContaining("ENR-01").hasMessageContaining("sp-bank");
        }
    }
}
