package org.chs.evaluation.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chs.evaluation.review.ReviewFixtures.NOW;
import static org.chs.evaluation.review.ReviewFixtures.bad;
import static org.chs.evaluation.review.ReviewFixtures.good;

import org.chs.evaluation.shared.ConflictException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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

    @Nested
    class Tokens {

        @Test
        void shouldMatchWhenTheTokenHashesToTheEventsHash() {
            String hash = ReviewToken.sha256Hex("tok-123");

            assertThat(ReviewToken.matches("tok-123", hash)).isTrue();
            assertThat(ReviewToken.matches("tok-123", hash.toUpperCase())).isTrue();
            assertThat(ReviewToken.matches("tok-124", hash)).isFalse();
            assertThat(ReviewToken.matches(null, hash)).isFalse();
            assertThat(hash).hasSize(64).matches("[0-9a-f]+");
        }
    }
}
