package org.chs.settlement.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.handling.AuthorisationSource;
import org.chs.platform.handling.Channel;
import org.chs.platform.handling.HandlingRecord;
import org.chs.platform.handling.Operator;
import org.chs.platform.handling.OperatorKind;
import org.chs.settlement.policy.Scheme;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FilingTest {

    static final Instant NOW = Instant.parse("2026-05-01T02:00:00Z");

    static Filing filing(String treatmentRegion, FilingType type, String from, String to) {
        MakeFiling command = new MakeFiling("310101196001011234", treatmentRegion, type, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), new Operator("clerk-county", "chs-console", OperatorKind.CLERK,
                        Optional.of("sp-chunan-county-hall")), null,
                null, null, null);
        HandlingRecord handling = new HandlingRecord("hdl-1", type.itemCode(), null, true, "sp-chunan-county-hall", "clerk-county",
                Channel.COUNTER, null, NOW, NOW, LocalDate.parse("2026-05-01"), "psn-1", HandlingRecord.COMPLETED, AuthorisationSource.LIVE,
                false, 7, "hash", "淳安县行政服务中心医保窗口");
        return Filing.make("fil-1", "h", "psn-1", "310101********1234", Scheme.EMPLOYEE, "310101", command, treatmentRegion, handling, NOW);
    }

    @Nested
    class Covers {

        @Test
        void shouldCoverDistrictsOfTheFiledCityWithinTheValidity() {
            Filing filing = filing("330100", FilingType.REFERRAL, "2026-05-01", "2026-06-30");

            assertThat(filing.covers("330106", LocalDate.parse("2026-05-01"))).isTrue();
            assertThat(filing.covers("330106", LocalDate.parse("2026-06-30"))).isTrue();
            assertThat(filing.covers("330106", LocalDate.parse("2026-07-01"))).isFalse();
            assertThat(filing.covers("330200", LocalDate.parse("2026-05-10"))).isFalse();
        }

        @Test
        void shouldCoverOpenEndedWhenALongTermFilingHasNoEnd() {
            Filing filing = filing("330127", FilingType.RELOCATED_RETIREE, "2026-01-01", null);

            assertThat(filing.covers("330127", LocalDate.parse("2030-01-01"))).isTrue();
            assertThat(filing.statusOn(LocalDate.parse("2030-01-01"))).isEqualTo(FilingStatus.ACTIVE);
            assertThat(filing.type().itemCode()).isEqualTo("FIL-01");
        }

        @Test
        void shouldReadExpiredWhenTheValidityHasPassed() {
            assertThat(filing("330127", FilingType.OTHER_TEMPORARY, "2026-05-01", "2026-05-31").statusOn(LocalDate.parse("2026-06-01")))
                    .isEqualTo(FilingStatus.EXPIRED);
        }
    }

    @Nested
    class Revoke {

        @Test
        void shouldStopCoveringAndRefuseASecondRevocationWhenRevoked() {
            Filing filing = filing("330127", FilingType.REFERRAL, "2026-05-01", "2026-06-30");
            HandlingRecord handling = filing.handling();

            filing.revoke("moved back", handling, NOW);

            assertThat(filing.covers("330127", LocalDate.parse("2026-05-10"))).isFalse();
            assertThat(filing.statusOn(LocalDate.parse("2026-05-10"))).isEqualTo(FilingStatus.REVOKED);
            assertThatThrownBy(() -> filing.revoke("again", handling, NOW)).isInstanceOf(BusinessRuleException.class);
        }

        @Test
        void shouldRefuseAFilingWhenTheRegionsOverlap() {
            assertThatThrownBy(() -> filing("310000", FilingType.REFERRAL, "2026-05-01", "2026-06-30"))
                    .isInstanceOf(BusinessRuleException.class).hasMessageContaining("overlap");
        }
    }
}
