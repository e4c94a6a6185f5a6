package org.chs.registry.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.registry.servicepoint.ServicePointFixtures;
import org.chs.registry.servicepoint.ServicePointType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeclarationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @Nested
    class Declare {

        @Test
        void shouldStartDeclaredWithHistoryWhenDeclared() {
            Declaration declaration = DeclarationFixtures.declared("sp-t");

            assertThat(declaration.status()).isEqualTo(DeclarationStatus.DECLARED);
            assertThat(declaration.level()).isEqualTo(AwardLevel.COUNTY);
            assertThat(declaration.year()).isEqualTo(2026);
            assertThat(declaration.history()).hasSize(1);
        }

        @Test
        void shouldRefuseWhenCategoryDoesNotTakeThePointType() {
            assertThatThrownBy(() -> Declaration.declare("d", DeclarationFixtures.batch(),
                    ServicePointFixtures.point("sp-b", ServicePointType.BANK_BRANCH, "330127107", 29.5, 118.5),
                    DemonstrationCategory.GRASSROOTS_VILLAGE, DeclarationFixtures.DECLARED_ON, "admin", DeclarationFixtures.AT))
                    .isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("category-for-point-type");
        }
    }

    @Nested
    class AdvanceByHand {

        @Test
        void shouldWalkThePhasesInOrderWhenRecorded() {
            Declaration declaration = DeclarationFixtures.underReview("sp-t");

            assertThat(declaration.history()).extracting(DeclarationTransition::to).containsExactly(DeclarationStatus.DECLARED,
                    DeclarationStatus.UNDER_CONSTRUCTION, DeclarationStatus.CONSTRUCTED, DeclarationStatus.UNDER_REVIEW);
        }

        @Test
        void shouldRefuseWhenSkippingAPhase() {
            Declaration declaration = DeclarationFixtures.declared("sp-t");

            assertThatThrownBy(() -> declaration.advance(DeclarationStatus.UNDER_REVIEW, TODAY, TODAY, null, "admin", DeclarationFixtures.AT))
                    .isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("transition-allowed");
        }

        @Test
        void shouldRefuseWhenTargetIsSetByEvaluation() {
            Declaration declaration = DeclarationFixtures.underReview("sp-t");

            assertThatThrownBy(() -> declaration.advance(DeclarationStatus.AWARDED, TODAY, TODAY, null, "admin", DeclarationFixtures.AT))
                    .isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("set-by-evaluation");
        }

        @Test
        void shouldRefuseWhenEffectiveDateIsBeforeThePreviousStep() {
            Declaration declaration = DeclarationFixtures.declared("sp-t");

            assertThatThrownBy(() -> declaration.advance(DeclarationStatus.UNDER_CONSTRUCTION, LocalDate.of(2026, 5, 1), TODAY, null, "admin",
                    DeclarationFixtures.AT)).isInstanceOf(BusinessRuleException.class).extracting("rule")
                    .isEqualTo("effective-date-in-order");
        }

        @Test
        void shouldRefuseWhenEffectiveDateIsInTheFuture() {
            Declaration declaration = DeclarationFixtures.declared("sp-t");

            assertThatThrownBy(() -> declaration.advance(DeclarationStatus.UNDER_CONSTRUCTION, TODAY.plusDays(1), TODAY, null, "admin",
                    DeclarationFixtures.AT)).isInstanceOf(BusinessRuleException.class).extracting("rule")
                    .isEqualTo("effective-date-not-future");
        }

        @Test
        void shouldMarkNotSelectedWhenScoredSiteIsLeftOut() {
            Declaration declaration = DeclarationFixtures.underReview("sp-t");
            declaration.recordEvaluation("evt-1", "evl-1", 71.0, false, null, LocalDate.of(2026, 9, 20), DeclarationFixtures.AT);

            declaration.advance(DeclarationStatus.NOT_SELECTED, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30), "below the line", "admin",
                    DeclarationFixtures.AT);

            assertThat(declaration.status()).isEqualTo(DeclarationStatus.NOT_SELECTED);
        }
    }

    @Nested
    class EvaluationResults {

        @Test
        void shouldBeScoredWhenEvaluationIsFinalised() {
            Declaration declaration = DeclarationFixtures.underReview("sp-t");

            assertThat(declaration.recordEvaluation("evt-1", "evl-1", 92.5, false, null, LocalDate.of(2026, 9, 20), DeclarationFixtures.AT))
                    .isPresent();

            assertThat(declaration.status()).isEqualTo(DeclarationStatus.SCORED);
            assertThat(declaration.score()).isEqualTo(92.5);
            assertThat(declaration.evaluationId()).isEqualTo("evl-1");
        }

        @Test
        void shouldChangeNothingWhenTheSameEventIsDeliveredTwice() {
            Declaration declaration = DeclarationFixtures.underReview("sp-t");
            declaration.recordEvaluation("evt-1", "evl-1", 92.5, false, null, LocalDate.of(2026, 9, 20), DeclarationFixtures.AT);
            int steps = declaration.history().size();

            assertThat(declaration.recordEvaluation("evt-1", "evl-1", 50.0, true, "x", LocalDate.of(2026, 9, 21), DeclarationFixtures.AT))
                    .isEmpty();

            assertThat(declaration.history()).hasSize(steps);
            assertThat(declaration.status()).isEqualTo(DeclarationStatus.SCORED);
        }

        @Test
        void shouldBeVetoedWithReasonWhenAVetoRuleHit() {
            Declaration declaration = DeclarationFixtures.underReview("sp-t");

            declaration.recordEvaluation("evt-1", "evl-1", 0, true, "V1 财经纪律", LocalDate.of(2026, 9, 20), DeclarationFixtures.AT);

            assertThat(declaration.status()).isEqualTo(DeclarationStatus.VETOED);
            assertThat(declaration.vetoReason()).isEqualTo("V1 财经纪律");
        }

        @Test
        void shouldAcceptScoreAndNoteItWhenReviewWasNotRecordedHere() {
            Declaration declaration = DeclarationFixtures.declared("sp-t");

            declaration.recordEvaluation("evt-1", "evl-1", 88, false, null, LocalDate.of(2026, 9, 20), DeclarationFixtures.AT);

            assertThat(declaration.status()).isEqualTo(DeclarationStatus.SCORED);
            assertThat(declaration.history().get(declaration.history().size() - 1).note()).contains("review was not recorded");
        }

        @Test
        void shouldRecordAwardLevelWhenAwarded() {
            Declaration declaration = DeclarationFixtures.awarded("sp-t");

            assertThat(declaration.status()).isEqualTo(DeclarationStatus.AWARDED);
            assertThat(declaration.awardedLevel()).isEqualTo(AwardLevel.COUNTY);
            assertThat(declaration.awardedOn()).isEqualTo(LocalDate.of(2026, 9, 28));
        }

        @Test
        void shouldRiseToTheHigherLevelWhenAwardedAgainAbove() {
            Declaration declaration = DeclarationFixtures.awarded("sp-t");

            assertThat(declaration.recordAward("evt-city", AwardLevel.CITY, LocalDate.of(2027, 9, 28), DeclarationFixtures.AT)).isPresent();
            assertThat(declaration.recordAward("evt-county-again", AwardLevel.COUNTY, LocalDate.of(2027, 9, 29), DeclarationFixtures.AT))
                    .isEmpty();

            assertThat(declaration.awardedLevel()).isEqualTo(AwardLevel.CITY);
        }

        @Test
        void shouldRefuseAwardWhenVetoed() {
            Declaration declaration = DeclarationFixtures.underReview("sp-t");
            declaration.recordEvaluation("evt-1", "evl-1", 0, true, "veto", LocalDate.of(2026, 9, 20), DeclarationFixtures.AT);

            assertThatThrownBy(() -> declaration.recordAward("evt-2", AwardLevel.COUNTY, LocalDate.of(2026, 9, 28), DeclarationFixtures.AT))
                    .isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("award-scored-only");
        }

        @Test
        void shouldAskForARetryWhenTheAwardOvertakesTheScore() {
            Declaration declaration = DeclarationFixtures.underReview("sp-t");

            assertThatThrownBy(() -> declaration.recordAward("evt-2", AwardLevel.COUNTY, LocalDate.of(2026, 9, 28), DeclarationFixtures.AT))
                    .isInstanceOf(ResultOutOfOrderException.class);
            assertThat(declaration.hasApplied("evt-2")).isFalse();
        }

        @Test
        void shouldRefuseResultWhenAlreadyDecided() {
            Declaration declaration = DeclarationFixtures.awarded("sp-t");

            assertThatThrownBy(() -> declaration.recordEvaluation("evt-late", "evl-2", 60, false, null, LocalDate.of(2026, 10, 1),
                    DeclarationFixtures.AT)).isInstanceOf(BusinessRuleException.class).extracting("rule").isEqualTo("decided-is-final");
        }
    }
}
