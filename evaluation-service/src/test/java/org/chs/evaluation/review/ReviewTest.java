package org.chs.evaluation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chs.evaluation.review.ReviewFixtures.NOW;
import static org.chs.evaluation.review.ReviewFixtures.bad;
import static org.chs.evaluation.review.ReviewFixtures.good;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.chs.evaluation.shared.ConflictException;
import org.chs.evaluation.shared.InvalidFieldException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReviewTest {

    @Nested
    class Submitting {

        @Test
        void shouldOpenARectificationWhenTheReviewIsBad() {
            Review review = bad();

            assertThat(review.rectification().status()).isEqualTo(RectificationStatus.OPEN);
            assertThat(review.rectification().dueAt()).isEqualTo(NOW.plusSeconds(7 * 86400));
            assertThat(review.kpiPending()).isTrue();
        }

        @Test
        void shouldOpenNoRectificationWhenTheReviewIsGood() {
            assertThat(good().rectification()).isNull();
        }
    }

    @Nested
    class Reasons {

        @Test
        void shouldKeepTheReasonsInTheGivenOrderWhenTheyFitTheLevel() {
            assertThat(bad(List.of(ReviewReason.MULTIPLE_VISITS, ReviewReason.LONG_WAIT)).reasons())
                    .containsExactly(ReviewReason.MULTIPLE_VISITS, ReviewReason.LONG_WAIT);
            assertThat(good(List.of(ReviewReason.EFFICIENT, ReviewReason.OTHER)).reasons())
                    .containsExactly(ReviewReason.EFFICIENT, ReviewReason.OTHER);
            assertThat(good().reasons()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = ReviewReason.class, names = {"FRIENDLY_SERVICE", "EFFICIENT", "CLEAR_GUIDANCE", "CONVENIENT"})
        void shouldRefuseAPositiveReasonWhenTheReviewIsBad(ReviewReason positive) {
            assertThatThrownBy(() -> bad(List.of(ReviewReason.LONG_WAIT, positive)))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                        assertThat(e.field()).isEqualTo("reasons");
                        assertThat(e.rule()).isEqualTo("matches-level");
                        assertThat(e.getMessage()).contains(positive.name()).contains("VERY_DISSATISFIED");
                    });
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = ReviewReason.class, names = {"POOR_ATTITUDE", "LONG_WAIT", "SLOW_HANDLING", "REPEATED_MATERIALS",
                "MULTIPLE_VISITS", "UNCLEAR_GUIDANCE", "POOR_ENVIRONMENT"})
        void shouldRefuseANegativeReasonWhenTheReviewIsNotBad(ReviewReason negative) {
            assertThatThrownBy(() -> good(List.of(negative)))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.rule()).isEqualTo("matches-level"));
        }

        @Test
        void shouldAcceptOtherWhateverTheLevel() {
            assertThat(bad(List.of(ReviewReason.OTHER)).reasons()).containsExactly(ReviewReason.OTHER);
            assertThat(good(List.of(ReviewReason.OTHER)).reasons()).containsExactly(ReviewReason.OTHER);
        }

        @Test
        void shouldRefuseNamingTheReasonWhenGivenTwice() {
            assertThatThrownBy(() -> bad(List.of(ReviewReason.LONG_WAIT, ReviewReason.OTHER, ReviewReason.LONG_WAIT)))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                        assertThat(e.rule()).isEqualTo("distinct");
                        assertThat(e.getMessage()).contains("LONG_WAIT");
                    });
        }

        @Test
        void shouldRefuseMoreThanEightReasons() {
            List<ReviewReason> allThatFitABadReview = Arrays.stream(ReviewReason.values()).filter(r -> r.fits(true)).toList();
            List<ReviewReason> nine = new ArrayList<>(allThatFitABadReview);
            nine.add(ReviewReason.LONG_WAIT);

            assertThat(bad(allThatFitABadReview).reasons()).hasSize(8);
            assertThatThrownBy(() -> bad(nine)).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                assertThat(e.field()).isEqualTo("reasons");
                assertThat(e.rule()).isEqualTo("size");
            });
        }

        @Test
        void shouldRefuseANullReason() {
            assertThatThrownBy(() -> bad(Arrays.asList(ReviewReason.LONG_WAIT, null)))
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.rule()).isEqualTo("not-null"));
        }
    }

    @Nested
    class ClosingTheLoop {

        @Test
        void shouldCloseWhenAnsweredFirst() {
            Review review = bad();
            review.answer("培训窗口人员", "clerk-township", NOW.plusSeconds(60));
            review.close("回访满意", "admin", NOW.plusSeconds(120));

            assertThat(review.rectification().status()).isEqualTo(RectificationStatus.CLOSED);
            assertThat(review.rectification().answeredBy()).isEqualTo("clerk-township");
            assertThat(review.rectification().closedBy()).isEqualTo("admin");
            assertThat(review.rectification().overdue(NOW.plusSeconds(30 * 86400))).isFalse();
        }

        @Test
        void shouldRefuseToCloseWhenNotAnswered() {
            assertThatThrownBy(() -> bad().close("x", "admin", NOW)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("answer first");
        }

        @Test
        void shouldRefuseAnAnswerWhenClosed() {
            Review review = bad();
            review.answer("a", "clerk", NOW);
            review.close("n", "admin", NOW);

            assertThatThrownBy(() -> review.answer("again", "clerk", NOW)).isInstanceOf(ConflictException.class);
        }

        @Test
        void shouldRefuseARectificationWhenTheReviewIsGood() {
            assertThatThrownBy(() -> good().answer("a", "clerk", NOW)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("not a bad review");
        }

        @Test
        void shouldBeOverdueWhenPastTheDeadlineAndNotClosed() {
            Review review = bad();
            review.answer("a", "clerk", NOW);

            assertThat(review.rectification().overdue(NOW.plusSeconds(6 * 86400))).isFalse();
            assertThat(review.rectification().overdue(NOW.plusSeconds(8 * 86400))).isTrue();
        }
    }
}
