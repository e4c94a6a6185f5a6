package org.chs.registry.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chs.registry.shared.FieldViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaCodesTest {

    private static List<String> rules(String code, AreaLevel level, String parent) {
        return AreaCodes.check(code, level, parent).stream().map(FieldViolation::rule).toList();
    }

    @Nested
    class WellFormedCodes {

        @ParameterizedTest
        @CsvSource(nullValues = "null", value = {"33,PROVINCE,null", "3301,CITY,33", "330127,COUNTY,3301", "330127107,TOWNSHIP,330127",
                "330127107201,VILLAGE,330127107"})
        void shouldAcceptWhenCodeFitsLevelAndParent(String code, AreaLevel level, String parent) {
            assertThat(AreaCodes.check(code, level, parent)).isEmpty();
        }
    }

    @Nested
    class MalformedCodes {

        @Test
        void shouldNameDigitsRuleWhenCodeHasLetters() {
            assertThat(rules("3301A7", AreaLevel.COUNTY, "3301")).contains("digits");
        }

        @Test
        void shouldNameLengthRuleWhenCodeLengthDoesNotFitLevel() {
            List<FieldViolation> violations = AreaCodes.check("33012710", AreaLevel.TOWNSHIP, "330127");
            assertThat(violations).extracting(FieldViolation::field, FieldViolation::rule).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("code", "length-for-level"));
            assertThat(violations.get(0).message()).contains("9 digits");
        }

        @Test
        void shouldNamePrefixRuleWhenCodeDoesNotStartWithParentCode() {
            assertThat(rules("330128107", AreaLevel.TOWNSHIP, "330127")).containsExactly("starts-with-parent-code");
        }

        @Test
        void shouldNameParentLevelRuleWhenParentIsNotTheLevelAbove() {
            assertThat(rules("330127107", AreaLevel.TOWNSHIP, "3301")).containsExactly("parent-level");
        }

        @Test
        void shouldRequireParentWhenLevelIsBelowProvince() {
            assertThat(rules("330127", AreaLevel.COUNTY, null)).containsExactly("required-for-level");
        }

        @Test
        void shouldRejectParentWhenLevelIsProvince() {
            assertThat(rules("33", AreaLevel.PROVINCE, "11")).containsExactly("absent-for-province");
        }

        @Test
        void shouldRejectWhenOwnSegmentIsAllZeros() {
            assertThat(rules("3300", AreaLevel.CITY, "33")).containsExactly("segment-not-zero");
            assertThat(rules("330127000", AreaLevel.TOWNSHIP, "330127")).containsExactly("segment-not-zero");
        }
    }

    @Nested
    class CanonicalCodes {

        @Test
        void shouldStripGbt2260PaddingWhenProvinceOrCity() {
            assertThat(AreaCodes.canonical("330000")).isEqualTo("33");
            assertThat(AreaCodes.canonical("330100")).isEqualTo("3301");
        }

        @Test
        void shouldKeepCodeWhenCountyOrBelow() {
            assertThat(AreaCodes.canonical("330127")).isEqualTo("330127");
            assertThat(AreaCodes.canonical("330127107")).isEqualTo("330127107");
        }

        @Test
        void shouldListAncestorsProvinceFirstWhenAsked() {
            assertThat(AreaCodes.ancestorsOf("330127107201")).containsExactly("33", "3301", "330127", "330127107");
        }
    }
}
