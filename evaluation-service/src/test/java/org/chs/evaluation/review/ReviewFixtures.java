package org.chs.evaluation.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.chs.contracts.ReviewTokenHash;

/** Reviews in known states for the review tests. */
final class ReviewFixtures {

    static final Instant NOW = Instant.parse("2026-05-15T02:00:00Z");

    private ReviewFixtures() {
    }

    static HandlingReceipt receipt(String token) {
        return new HandlingReceipt("hdl-1", "sp-fenkou-township", "汾口镇便民服务中心医保服务点", "ENR-02", "参保信息变更登记", "COUNTER", NOW,
                ReviewTokenHash.of(token), NOW);
    }

    static Review bad() {
        return bad(List.of(ReviewReason.LONG_WAIT, ReviewReason.OTHER));
    }

    static Review bad(List<ReviewReason> reasons) {
        return Review.submit(receipt("tok"), LocalDate.of(2026, 5, 15), ReviewLevel.VERY_DISSATISFIED, reasons, "态度差", true, NOW,
                NOW.plusSeconds(7 * 86400));
    }

    static Review good() {
        return good(List.of());
    }

    static Review good(List<ReviewReason> reasons) {
        return Review.submit(receipt("tok"), LocalDate.of(2026, 5, 15), ReviewLevel.SATISFIED, reasons, null, false, NOW, NOW);
    }
}
