package org.chs.registry.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.chs.platform.domain.BusinessRuleException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeclarationBatchTest {

    private static final LocalDate NOMINATED_ON = LocalDate.of(2026, 10, 8);

    @Nested
    class Open {

        @Test
        void shouldRefuseWhenDeadlinesAreOutOfOrder() {
            assertThatThrownBy(() -> DeclarationBatch.open("b", new OpenBatch("b", 2026, AwardLevel.COUNTY, "x", "330127",
                    Map.of(DemonstrationCategory.GRASSROOTS_TOWNSHIP, 2), Map.of(), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30),
                    LocalDate.of(2026, 9, 30)))).isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("deadlines-in-order");
        }

        @Test
        void shouldRefuseWhenNoCategoryIsOpen() {
            assertThatThrownBy(() -> DeclarationBatch.open("b", new OpenBatch("b", 2026, AwardLevel.COUNTY, "x", "330127", Map.of(),
                    Map.of(), LocalDate.of(2026, 5, 15), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30))))
                    .isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("categories-not-empty");
        }
    }

    @Nested
    class AcceptDeclaration {

        @Test
        void shouldAcceptOnTheDeadlineDay() {
            DeclarationFixtures.batch().checkAcceptsDeclaration(DemonstrationCategory.GRASSROOTS_TOWNSHIP, LocalDate.of(2026, 5, 15));
        }

        @Test
        void shouldRefuseAfterTheDeadline() {
            assertThatThrownBy(() -> DeclarationFixtures.batch().checkAcceptsDeclaration(DemonstrationCategory.GRASSROOTS_TOWNSHIP,
                    LocalDate.of(2026, 5, 16))).isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("declaration-deadline");
        }

        @Test
        void shouldRefuseWhenCategoryIsNotInTheBatch() {
            assertThatThrownBy(() -> DeclarationFixtures.batch().checkAcceptsDeclaration(DemonstrationCategory.BANK_COOPERATION,
                    LocalDate.of(2026, 5, 1))).isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("category-in-batch");
        }
    }

    @Nested
    class Nominate {

        @Test
        void shouldNominateToTheNextLevelWhenAwarded() {
            DeclarationBatch batch = DeclarationFixtures.batch();

            Nomination nomination = batch.nominate(DeclarationFixtures.awarded("sp-a"), NOMINATED_ON, "admin", DeclarationFixtures.AT);

            assertThat(nomination.toLevel()).isEqualTo(AwardLevel.CITY);
            assertThat(batch.nominations()).hasSize(1);
        }

        @Test
        void shouldRefuseWhenTheGroupsQuotaIsTaken() {
            DeclarationBatch batch = DeclarationFixtures.batch();
            batch.nominate(DeclarationFixtures.awarded("sp-a"), NOMINATED_ON, "admin", DeclarationFixtures.AT);

            assertThatThrownBy(() -> batch.nominate(DeclarationFixtures.awarded("sp-b"), NOMINATED_ON, "admin", DeclarationFixtures.AT))
                    .isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("nomination-quota");
        }

        @Test
        void shouldRefuseWhenSiteIsNotAwarded() {
            assertThatThrownBy(() -> DeclarationFixtures.batch().nominate(DeclarationFixtures.underReview("sp-a"), NOMINATED_ON, "admin",
                    DeclarationFixtures.AT)).isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("nominate-awarded-only");
        }

        @Test
        void shouldRefuseWhenNominatedTwice() {
            DeclarationBatch batch = DeclarationFixtures.batch();
            Declaration awarded = DeclarationFixtures.awarded("sp-a");
            batch.nominate(awarded, NOMINATED_ON, "admin", DeclarationFixtures.AT);

            assertThatThrownBy(() -> batch.nominate(awarded, NOMINATED_ON, "admin", DeclarationFixtures.AT))
                    .isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("nominated-once");
        }
    }
}
