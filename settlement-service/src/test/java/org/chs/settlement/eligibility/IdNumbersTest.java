package org.chs.settlement.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.chs.settlement.shared.InvalidFieldException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumbersTest {

    static final LocalDate TODAY = LocalDate.parse("2026-05-20");

    /** The first 17 characters with their GB 11643 check character. */
    static String withCheck(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @Nested
    class Check {

        @Test
        void shouldAcceptWhenEveryRuleHolds() {
            assertThatCode(() -> IdNumbers.check(withCheck("31010119850612032"), TODAY)).doesNotThrowAnyException();
            assertThatCode(() -> IdNumbers.check(withCheck("33012720260520001"), TODAY)).as("born today").doesNotThrowAnyException();
            assertThatCode(() -> IdNumbers.check("11010519491231002x", TODAY)).as("lower-case x").doesNotThrowAnyException();
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
                // a check character that matches, so only the named rule is broken
                "birth-date,31010119850230012",   // 30 February
                "birth-date,31010119851301012",   // month 13
                "birth-date,31010120260521012",   // tomorrow
                "birth-date,31010118991231012",   // before 1900
                "region,00010119850612032",       // no province 00
                "region,99010119850612032",       // no province 99
        })
        void shouldNameTheRuleWhenANumberWithAValidCheckCharacterIsImpossible(String rule, String first17) {
            assertThatThrownBy(() -> IdNumbers.check(withCheck(first17), TODAY))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                        assertThat(e.field()).isEqualTo("idNumber");
                        assertThat(e.rule()).isEqualTo(rule);
                        assertThat(e.getMessage()).doesNotContain(first17);
                    });
        }

        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
                "required,''",
                "length,31010119850612032",
                "format,3101011985061203A2",
                "check-digit,310101198506120321",
        })
        void shouldNameTheRuleWhenTheShapeOrCheckCharacterIsWrong(String rule, String idNumber) {
            assertThatThrownBy(() -> IdNumbers.check(idNumber, TODAY))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.rule()).isEqualTo(rule));
        }
    }
}
