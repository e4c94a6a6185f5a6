package org.chs.settlement.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegionCodeTest {

    @Nested
    class Covers {

        @Test
        void shouldCoverDistrictsWhenTheAreaIsTheirCityOrProvince() {
            assertThat(RegionCode.covers("330100", "330106")).isTrue();
            assertThat(RegionCode.covers("330000", "330127")).isTrue();
            assertThat(RegionCode.covers("310000", "310101")).isTrue();
            assertThat(RegionCode.covers("330106", "330106")).isTrue();
        }

        @Test
        void shouldNotCoverWhenTheRegionLiesElsewhere() {
            assertThat(RegionCode.covers("330100", "330200")).isFalse();
            assertThat(RegionCode.covers("330106", "330100")).isFalse();
            assertThat(RegionCode.covers("3301", "330106")).isFalse();
        }

        @Test
        void shouldOverlapWhenEitherContainsTheOther() {
            assertThat(RegionCode.overlaps("310101", "310000")).isTrue();
            assertThat(RegionCode.overlaps("310101", "330127")).isFalse();
        }
    }

    @Nested
    class Fen {

        @Test
        void shouldConvertExactlyWhenTheAmountIsRoundedToTheFen() {
            assertThat(Money.toFen(new BigDecimal("1955.00"))).isEqualTo(195_500L);
            assertThat(Money.fromFen(-1)).isEqualTo("-0.01");
        }

        @Test
        void shouldRefuseAFinerAmountWhenConvertingToFen() {
            assertThatThrownBy(() -> Money.toFen(new BigDecimal("0.005"))).isInstanceOf(ArithmeticException.class);
        }
    }
}
