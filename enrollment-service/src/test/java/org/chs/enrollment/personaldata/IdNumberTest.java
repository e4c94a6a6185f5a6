package org.chs.enrollment.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class IdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 15);

    @Nested
    class WhenValid {

        @ParameterizedTest(name = "{0} → {1} {2}")
        @CsvSource({
                // the standard's published example, and numbers whose check characters were computed independently
                "11010519491231002X, 1949-12-31, FEMALE",
                "330127199003072118, 1990-03-07, MALE",
                "330127200002290020, 2000-02-29, FEMALE"
        })
        void shouldDeriveBirthDateAndSexWhenNumberIsValid(String number, LocalDate birthDate, Sex sex) {
            IdNumber id = IdNumber.parse(number, TODAY);
            assertThat(id.birthDate()).isEqualTo(birthDate);
            assertThat(id.sex()).isEqualTo(sex);
            assertThat(id.areaCode()).isEqualTo(number.substring(0, 6));
        }

        @Test
        void shouldAcceptLowercaseXAndNormaliseItWhenCheckCharacterIsX() {
            IdNumber id = IdNumber.parse("11010519491231002x", TODAY);
            assertThat(id.value()).isEqualTo("11010519491231002X");
        }

        @Test
        void shouldIgnoreSurroundingBlanksWhenTyped() {
            assertThat(IdNumber.parse("  11010519491231002X ", TODAY).value()).isEqualTo("11010519491231002X");
        }

        @Test
        void shouldMaskFirstSixEightStarsLastFourWhenShown() {
            IdNumber id = IdNumber.parse("11010519491231002X", TODAY);
            assertThat(id.masked()).isEqualTo("110105********002X");
            assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain("19491231");
        }
    }

    @Nested
    class WhenInvalid {

        static Stream<Arguments> broken() {
            return Stream.of(
                    Arguments.of("11010519491231002", "length"),
                    Arguments.of("11010519491231002XX", "length"),
                    Arguments.of("1101051949123100", "length"),
                    Arguments.of("11010519491231X02X", "format"),
                    Arguments.of("1101051949123100-X", "format"),
                    Arguments.of("110105194912310021", "check-digit"),
                    Arguments.of(IdNumberFixtures.withWrongCheckCharacter(IdNumberFixtures.adult()), "check-digit"),
                    // impossible dates, with correct check characters so only the date is wrong
                    Arguments.of(withCheck("33012719900230001"), "birth-date"),
                    Arguments.of(withCheck("33012720010229001"), "birth-date"),
                    Arguments.of(withCheck("33012719901301001"), "birth-date"),
                    Arguments.of(withCheck("33012719900100001"), "birth-date"),
                    Arguments.of(withCheck("33012718991231001"), "birth-date"),
                    Arguments.of(withCheck("33012720991231001"), "birth-date"));
        }

        @ParameterizedTest(name = "{0} breaks {1}")
        @MethodSource("broken")
        void shouldRejectNamingTheRuleWhenBroken(String number, String rule) {
            assertThatThrownBy(() -> IdNumber.parse(number, TODAY))
                    .isInstanceOfSatisfying(InvalidIdNumberException.class, e -> {
                        assertThat(e.rule()).isEqualTo(rule);
                        assertThat(e.getMessage()).doesNotContain(number.substring(6, 14));
                    });
        }

        @ParameterizedTest
        @NullAndEmptySource
        void shouldRejectWhenMissing(String number) {
            assertThatThrownBy(() -> IdNumber.parse(number, TODAY)).isInstanceOfSatisfying(InvalidIdNumberException.class,
                    e -> assertThat(e.rule()).isEqualTo("required"));
        }

        private static String withCheck(String first17) {
            return first17 + IdNumber.checkCharacter(first17);
        }
    }

    /** Property-style checks over many generated numbers (fixed seed, so a failure is reproducible). */
    @Nested
    class Properties {

        private final Random random = new Random(11643);

        @Test
        void shouldReadBackBirthDateAndSexWhenAnyGeneratedNumberIsValid() {
            IntStream.range(0, 2_000).forEach(i -> {
                LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
                int sequence = random.nextInt(1000);
                String area = String.format("%06d", 110000 + random.nextInt(550000));
                IdNumber id = IdNumber.parse(IdNumberFixtures.valid(area, birth, sequence), TODAY);
                assertThat(id.birthDate()).isEqualTo(birth);
                assertThat(id.sex()).isEqualTo(sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE);
                assertThat(id.masked()).hasSize(18).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
            });
        }

        @Test
        void shouldRejectWhenAnyOtherCheckCharacterIsUsed() {
            IntStream.range(0, 500).forEach(i -> {
                String valid = IdNumberFixtures.valid("330127", LocalDate.of(1950, 1, 1).plusDays(random.nextInt(25_000)),
                        random.nextInt(1000));
                for (char c : "0123456789X".toCharArray()) {
                    if (c != valid.charAt(17)) {
                        String other = valid.substring(0, 17) + c;
                        assertThatThrownBy(() -> IdNumber.parse(other, TODAY)).isInstanceOf(InvalidIdNumberException.class);
                    }
                }
            });
        }

        @Test
        void shouldDetectEverySingleDigitTypoWhenCheckCharacterIsKept() {
            IntStream.range(0, 300).forEach(i -> {
                String valid = IdNumberFixtures.valid("330127", LocalDate.of(1950, 1, 1).plusDays(random.nextInt(25_000)),
                        random.nextInt(1000));
                int position = random.nextInt(17);
                char digit = valid.charAt(position);
                char typo = (char) ('0' + ((digit - '0' + 1 + random.nextInt(9)) % 10));
                String mistyped = valid.substring(0, position) + typo + valid.substring(position + 1);
                assertThatThrownBy(() -> IdNumber.parse(mistyped, TODAY)).isInstanceOf(InvalidIdNumberException.class);
            });
        }
    }
}
