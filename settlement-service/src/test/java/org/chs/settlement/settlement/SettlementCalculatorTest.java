package org.chs.settlement.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chs.settlement.settlement.CalculatorFixtures.CATALOGUE;
import static org.chs.settlement.settlement.CalculatorFixtures.level;
import static org.chs.settlement.settlement.CalculatorFixtures.lines;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.chs.settlement.catalogue.ItemClass;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hand-worked cases: every expected number below was computed by hand, with the arithmetic in the comment, before the code
 * ran. Policy: LEVEL_1 300/0.90, LEVEL_2 600/0.85, LEVEL_3 1000/0.80, cap 300 000, reductions 10 (referral) / 15 (other).
 */
class SettlementCalculatorTest {

    private final SettlementCalculator calculator = new SettlementCalculator();

    /** One case: bill, level, basis, paid before → total, self-pay, self-pay-first, in-scope, deductible part, candidate, fund, personal. */
    record Case(String name, List<BillLine> lines, int level, CareBasis basis, String paidBefore, String total, String selfPay,
                String selfPayFirst, String inScope, String deductiblePart, String ratio, String candidate, String fund, String personal) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> handWorkedCases() {
        return Stream.of(
                // class A only, LEVEL_3: 10 × 150.00 = 1500.00; 3 × 33.33 = 99.99; total 1599.99, all in scope.
                // deductible part min(1599.99, 1000) = 1000.00; (1599.99 − 1000.00) × 0.80 = 599.99 × 0.80 = 479.992 → 479.99.
                // personal 1599.99 − 479.99 = 1120.00
                Arguments.of(new Case("class A only", lines("A1 10 150.00", "A2 3 33.33"), 3, CareBasis.LONG_TERM, "0",
                        "1599.99", "0.00", "0.00", "1599.99", "1000.00", "0.80", "479.99", "479.99", "1120.00")),
                // class B, LEVEL_2: B10 4 × 250.00 = 1000.00, self-pay-first 1000.00 × 0.10 = 100.00; A1 1 × 2000.00.
                // total 3000.00; in-scope 3000.00 − 0 − 100.00 = 2900.00; deductible 600.00;
                // (2900.00 − 600.00) × 0.85 = 2300.00 × 0.85 = 1955.00; personal 3000.00 − 1955.00 = 1045.00
                Arguments.of(new Case("class B with 10% self-pay-first", lines("B10 4 250.00", "A1 1 2000.00"), 2, CareBasis.LONG_TERM, "0",
                        "3000.00", "0.00", "100.00", "2900.00", "600.00", "0.85", "1955.00", "1955.00", "1045.00")),
                // class B rounding, LEVEL_2: B15 3 × 33.35 = 100.05, × 0.15 = 15.0075 → 15.01; A1 1 × 1000.00.
                // total 1100.05; in-scope 1100.05 − 15.01 = 1085.04; deductible 600.00; 485.04 × 0.85 = 412.284 → 412.28;
                // personal 1100.05 − 412.28 = 687.77
                Arguments.of(new Case("class B share rounded once", lines("B15 3 33.35", "A1 1 1000.00"), 2, CareBasis.LONG_TERM, "0",
                        "1100.05", "0.00", "15.01", "1085.04", "600.00", "0.85", "412.28", "412.28", "687.77")),
                // self-pay and unmapped, LEVEL_1: S1 2 × 45.50 = 91.00; X-UNKNOWN 1 × 9.99 = 9.99 (unmapped → self-pay);
                // A1 1 × 5000.00. total 5100.99; self-pay 91.00 + 9.99 = 100.99; in-scope 5000.00; deductible 300.00;
                // 4700.00 × 0.90 = 4230.00; personal 5100.99 − 4230.00 = 870.99
                Arguments.of(new Case("self-pay and unmapped codes", lines("S1 2 45.50", "X-UNKNOWN 1 9.99", "A1 1 5000.00"), 1,
                        CareBasis.LONG_TERM, "0",
                        "5100.99", "100.99", "0.00", "5000.00", "300.00", "0.90", "4230.00", "4230.00", "870.99")),
                // deductible larger than in-scope, LEVEL_3: A1 1 × 800.00; in-scope 800.00 < deductible 1000.00 → part 800.00;
                // (800.00 − 800.00) × 0.80 = 0.00; personal 800.00
                Arguments.of(new Case("deductible larger than in-scope", lines("A1 1 800.00"), 3, CareBasis.LONG_TERM, "0",
                        "800.00", "0.00", "0.00", "800.00", "800.00", "0.80", "0.00", "0.00", "800.00")),
                // cap reached mid-bill, LEVEL_1: paid 299 500.00 of 300 000.00 → 500.00 left; A1 1 × 10000.00;
                // (10000.00 − 300.00) × 0.90 = 8730.00 candidate; fund min(8730.00, 500.00) = 500.00; personal 9500.00
                Arguments.of(new Case("annual cap reached mid-bill", lines("A1 1 10000.00"), 1, CareBasis.LONG_TERM, "299500.00",
                        "10000.00", "0.00", "0.00", "10000.00", "300.00", "0.90", "8730.00", "500.00", "9500.00")),
                // cap already used up: paid 300 000.00 → 0 left; candidate 8730.00 as above; fund 0.00; personal 10000.00
                Arguments.of(new Case("annual cap already used up", lines("A1 1 10000.00"), 1, CareBasis.LONG_TERM, "300000.00",
                        "10000.00", "0.00", "0.00", "10000.00", "300.00", "0.90", "8730.00", "0.00", "10000.00")),
                // temporary care with referral, LEVEL_2: ratio 0.85 − 10 points = 0.75; A1 1 × 2600.00;
                // (2600.00 − 600.00) × 0.75 = 1500.00; personal 1100.00
                Arguments.of(new Case("temporary care with referral", lines("A1 1 2600.00"), 2, CareBasis.REFERRAL, "0",
                        "2600.00", "0.00", "0.00", "2600.00", "600.00", "0.75", "1500.00", "1500.00", "1100.00")),
                // other temporary care, LEVEL_2: ratio 0.85 − 15 points = 0.70; 2000.00 × 0.70 = 1400.00; personal 1200.00
                Arguments.of(new Case("temporary care without referral", lines("A1 1 2600.00"), 2, CareBasis.OTHER_TEMPORARY, "0",
                        "2600.00", "0.00", "0.00", "2600.00", "600.00", "0.70", "1400.00", "1400.00", "1200.00")),
                // emergency counts as filed, no reduction, LEVEL_2: 2000.00 × 0.85 = 1700.00; personal 900.00
                Arguments.of(new Case("emergency", lines("A1 1 2600.00"), 2, CareBasis.EMERGENCY, "0",
                        "2600.00", "0.00", "0.00", "2600.00", "600.00", "0.85", "1700.00", "1700.00", "900.00")),
                // HALF_UP at the fen, LEVEL_2: A1 1 × 1600.10; (1600.10 − 600.00) × 0.85 = 1000.10 × 0.85 = 850.085 → 850.09;
                // personal 1600.10 − 850.09 = 750.01
                Arguments.of(new Case("half a fen rounds up", lines("A1 1 1600.10"), 2, CareBasis.LONG_TERM, "0",
                        "1600.10", "0.00", "0.00", "1600.10", "600.00", "0.85", "850.09", "850.09", "750.01")),
                // a line is rounded on the line, as the fee detail carries it, LEVEL_1: A2 0.5 × 0.01 = 0.005 → 0.01 on each
                // line; total 0.01 + 0.01 = 0.02 (summing exact lines first would give 0.010 → 0.01); in-scope 0.02 < deductible
                // 300 → part 0.02, fund 0.00; personal 0.02
                Arguments.of(new Case("each line rounded to the fen", lines("A2 0.5 0.01", "A2 0.5 0.01"), 1, CareBasis.LOCAL, "0",
                        "0.02", "0.00", "0.00", "0.02", "0.02", "0.90", "0.00", "0.00", "0.02")),
                // fractional packs of a class-B drug, LEVEL_2: B15 2.5 × 12.33 = 30.825 → 30.83 on the line; A1 1 × 1000.00;
                // total 1030.83; self-pay-first 30.83 × 0.15 = 4.6245 → 4.62; in-scope 1030.83 − 4.62 = 1026.21;
                // deductible 600.00; 426.21 × 0.85 = 362.2785 → 362.28; personal 1030.83 − 362.28 = 668.55
                Arguments.of(new Case("class B share of a rounded line", lines("B15 2.5 12.33", "A1 1 1000.00"), 2, CareBasis.LONG_TERM,
                        "0", "1030.83", "0.00", "4.62", "1026.21", "600.00", "0.85", "362.28", "362.28", "668.55")));
    }

    @Nested
    class Calculate {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.chs.settlement.settlement.SettlementCalculatorTest#handWorkedCases")
        void shouldMatchTheHandWorkedAmountsWhenCalculatingACase(Case c) {
            Calculation result = calculator.calculate(c.lines(), CATALOGUE, level(c.level()), c.basis(), new BigDecimal(c.paidBefore()));

            assertThat(result.total()).isEqualTo(c.total());
            assertThat(result.selfPay()).isEqualTo(c.selfPay());
            assertThat(result.selfPayFirst()).isEqualTo(c.selfPayFirst());
            assertThat(result.inScope()).isEqualTo(c.inScope());
            assertThat(result.deductiblePart()).isEqualTo(c.deductiblePart());
            assertThat(result.ratio()).isEqualByComparingTo(c.ratio());
            assertThat(result.fundCandidate()).isEqualTo(c.candidate());
            assertThat(result.fundPayment()).isEqualTo(c.fund());
            assertThat(result.personalPayment()).isEqualTo(c.personal());
            // the itemisation always adds up
            assertThat(result.selfPay().add(result.selfPayFirst()).add(result.inScope())).isEqualTo(result.total());
            assertThat(result.fundPayment().add(result.personalPayment())).isEqualTo(result.total());
        }
    }

    @Nested
    class Lines {

        @Test
        void shouldFlagUnmappedCodesAsSelfPayWhenTheCatalogueLacksThem() {
            Calculation result = calculator.calculate(lines("X-UNKNOWN 1 9.99", "B10 1 10.00"), CATALOGUE, level(1), CareBasis.LOCAL,
                    BigDecimal.ZERO);

            assertThat(result.lines()).extracting(LineResult::itemCode, LineResult::itemClass, LineResult::unmapped,
                    LineResult::selfPayFirstShare)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("X-UNKNOWN", ItemClass.SELF_PAY, true, null),
                            org.assertj.core.groups.Tuple.tuple("B10", ItemClass.CLASS_B, false, new BigDecimal("0.10")));
        }

        @Test
        void shouldMarkTheCapWhenItCutsTheFundPayment() {
            Calculation result = calculator.calculate(lines("A1 1 10000.00"), CATALOGUE, level(1), CareBasis.LOCAL,
                    new BigDecimal("299500.00"));

            assertThat(result.capReached()).isTrue();
            assertThat(result.fundPaidBefore()).isEqualTo("299500.00");
        }
    }
}
