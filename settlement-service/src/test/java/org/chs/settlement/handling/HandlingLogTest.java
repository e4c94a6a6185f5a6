package org.chs.settlement.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chs.settlement.handling.HandlingFixtures.DAY;
import static org.chs.settlement.handling.HandlingFixtures.POINT;
import static org.chs.settlement.handling.HandlingFixtures.filing;
import static org.chs.settlement.handling.HandlingFixtures.reimbursement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chs.settlement.shared.InvalidFieldException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Slice;

class HandlingLogTest {

    /** A source that answers as the repositories do: its own handlings in completion order, at most {@code limit}. */
    static final class Recorded implements HandlingSource {

        final List<LoggedHandling> handlings;
        final List<Integer> limitsAsked = new ArrayList<>();

        Recorded(LoggedHandling... handlings) {
            this.handlings = List.of(handlings);
        }

        @Override
        public List<LoggedHandling> completedAt(String servicePointId, LocalDate day, int limit) {
            limitsAsked.add(limit);
            return handlings.stream().filter(h -> h.record().servicePointId().equals(servicePointId) && h.record().completedOn().equals(day))
                    .sorted(LoggedHandling.COMPLETION_ORDER).limit(limit).toList();
        }
    }

    private final Recorded filings = new Recorded(filing("h1", 1), filing("h4", 40), filing("h5", 50));
    private final Recorded reimbursements = new Recorded(reimbursement("h2", 20), reimbursement("h3", 30));
    private final HandlingLog log = new HandlingLog(List.of(filings, reimbursements));

    private static List<String> ids(Slice<LoggedHandling> page) {
        return page.getContent().stream().map(h -> h.record().id()).toList();
    }

    @Nested
    class Listing {

        @Test
        void shouldMergeEverySourceInCompletionOrderWhenListed() {
            Slice<LoggedHandling> page = log.at(POINT, DAY, 0, 50);

            assertThat(ids(page)).containsExactly("h1", "h2", "h3", "h4", "h5");
            assertThat(page.getContent()).extracting(LoggedHandling::business).containsExactly(HandlingBusiness.FILING,
                    HandlingBusiness.MANUAL_REIMBURSEMENT, HandlingBusiness.MANUAL_REIMBURSEMENT, HandlingBusiness.FILING,
                    HandlingBusiness.FILING);
            assertThat(page.hasNext()).isFalse();
        }

        @Test
        void shouldTellHasNextAndContinueWithoutOverlapWhenPaged() {
            Slice<LoggedHandling> first = log.at(POINT, DAY, 0, 2);
            Slice<LoggedHandling> second = log.at(POINT, DAY, 1, 2);
            Slice<LoggedHandling> third = log.at(POINT, DAY, 2, 2);
            Slice<LoggedHandling> beyond = log.at(POINT, DAY, 3, 2);

            assertThat(ids(first)).containsExactly("h1", "h2");
            assertThat(first.hasNext()).isTrue();
            assertThat(ids(second)).containsExactly("h3", "h4");
            assertThat(second.hasNext()).isTrue();
            assertThat(ids(third)).containsExactly("h5");
            assertThat(third.hasNext()).isFalse();
            assertThat(beyond.getContent()).isEmpty();
            assertThat(beyond.hasNext()).isFalse();
        }

        @Test
        void shouldSayNoMoreWhenThePageEndsExactlyAtTheLastHandling() {
            Slice<LoggedHandling> page = log.at(POINT, DAY, 0, 5);

            assertThat(page.getContent()).hasSize(5);
            assertThat(page.hasNext()).isFalse();
        }

        @Test
        void shouldAskEachSourceForOneMoreThanThePageEndsAtWhenPaged() {
            log.at(POINT, DAY, 1, 2);

            assertThat(filings.limitsAsked).containsExactly(5);
            assertThat(reimbursements.limitsAsked).containsExactly(5);
        }

        @Test
        void shouldOrderHandlingsOfTheSameInstantByIdWhenTheyTie() {
            HandlingLog tied = new HandlingLog(List.of(new Recorded(filing("hb", 10)), new Recorded(reimbursement("ha", 10))));

            assertThat(ids(tied.at(POINT, DAY, 0, 1))).containsExactly("ha");
            assertThat(ids(tied.at(POINT, DAY, 1, 1))).containsExactly("hb");
        }

        @Test
        void shouldListNothingWhenThePointOrTheDayHasNoHandlings() {
            assertThat(log.at("sp-other", DAY, 0, 50).getContent()).isEmpty();
            assertThat(log.at(POINT, DAY.plusDays(1), 0, 50).getContent()).isEmpty();
        }
    }

    @Nested
    class Bounds {

        @Test
        void shouldRefuseNamingPageWhenThePageLiesBeyondTheDeepestPosition() {
            assertThatThrownBy(() -> log.at(POINT, DAY, 50, 200)).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                assertThat(e.field()).isEqualTo("page");
                assertThat(e.rule()).isEqualTo("max-depth");
            });
            assertThatThrownBy(() -> log.at(POINT, DAY, Integer.MAX_VALUE, 200)).isInstanceOf(InvalidFieldException.class);
        }

        @Test
        void shouldListTheLastAllowedPageWhenItEndsAtTheDeepestPosition() {
            assertThat(log.at(POINT, DAY, 49, 200).getContent()).isEmpty();
        }
    }
}
