package org.chs.settlement.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.settlement.policy.HospitalLevel;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RegisteredInstitutionTest {

    /** Second-level from 2010, third-level from 2026-03-01; listed out of order on purpose. */
    static final RegisteredInstitution REGRADED = new RegisteredInstitution("inst-1", "330127", List.of(
            new LevelPeriod(HospitalLevel.LEVEL_3, LocalDate.parse("2026-03-01")),
            new LevelPeriod(HospitalLevel.LEVEL_2, LocalDate.parse("2010-01-01"))), null, null);

    @Nested
    class LevelOn {

        @Test
        void shouldTakeTheLatestEntryThatStartedOnOrBeforeTheDate() {
            assertThat(REGRADED.levelOn(LocalDate.parse("2026-02-28"))).contains(HospitalLevel.LEVEL_2);
            assertThat(REGRADED.levelOn(LocalDate.parse("2026-03-01"))).contains(HospitalLevel.LEVEL_3);
            assertThat(REGRADED.levelOn(LocalDate.parse("2030-01-01"))).contains(HospitalLevel.LEVEL_3);
        }

        @Test
        void shouldHoldNoLevelBeforeTheFirstEntryOrWithoutEntries() {
            assertThat(REGRADED.levelOn(LocalDate.parse("2009-12-31"))).isEmpty();
            assertThat(new RegisteredInstitution("inst-2", "330127", List.of(), null, null).levelOn(LocalDate.parse("2026-05-01"))).isEmpty();
        }
    }

    @Nested
    class LevelForAdmission {

        @Test
        void shouldUseTheRegistersLevelWhenTheRequestDeclaresNoneOrTheSame() {
            assertThat(REGRADED.levelForAdmission(LocalDate.parse("2026-05-01"), null)).isEqualTo(HospitalLevel.LEVEL_3);
            assertThat(REGRADED.levelForAdmission(LocalDate.parse("2026-05-01"), HospitalLevel.LEVEL_3)).isEqualTo(HospitalLevel.LEVEL_3);
            assertThat(REGRADED.levelForAdmission(LocalDate.parse("2026-02-01"), null)).isEqualTo(HospitalLevel.LEVEL_2);
        }

        @Test
        void shouldRefuseNamingBothLevelsWhenTheDeclaredLevelDiffers() {
            assertThatThrownBy(() -> REGRADED.levelForAdmission(LocalDate.parse("2026-05-01"), HospitalLevel.LEVEL_1))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.rule()).isEqualTo("hospital-level-mismatch");
                        assertThat(e.properties()).containsEntry("declaredLevel", "LEVEL_1").containsEntry("registeredLevel", "LEVEL_3");
                        assertThat(e.getMessage()).contains("LEVEL_1").contains("LEVEL_3");
                    });
        }

        @Test
        void shouldRefuseWhenNoLevelIsInForceOnTheAdmissionDate() {
            assertThatThrownBy(() -> REGRADED.levelForAdmission(LocalDate.parse("2009-06-01"), HospitalLevel.LEVEL_2))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.rule()).isEqualTo("no-hospital-level");
                        assertThat(e.properties()).containsEntry("institutionId", "inst-1").containsEntry("admissionDate", "2009-06-01");
                    });
        }
    }
}
