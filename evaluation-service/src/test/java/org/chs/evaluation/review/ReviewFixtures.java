package org.chs.evaluation.review;

import java.time.Instant;
import java.time.LocalDate;

/** Reviews in known states for the review tests. */
final class ReviewFixtures {

    static final Instant NOW = Instant.parse("2026-05-15T02:00:00Z");

    private ReviewFixtures() {
    }

    static HandlingReceipt receipt(String token) {
        return new HandlingReceipt("hdl-1", "sp-fenkou-township", "ENR-02", "参保信息变更登记", "COUNTER", NOW,
                ReviewToken.sha256Hex(token), NOW);
    }

    static Review bad() {
        return Review.submit(receipt("tok"), LocalDate.of(2026, 5, 15), ReviewLevel.VERY_DISSATISFIED, "态度差", true, NOW,
                NOW.plusSeconds(7 * 86400));
    }

    static Review good() {
        return Review.submit(receipt("tok"), LocalDate.of(2026, 5, 15), ReviewLevel.SATISFIED, null, false, NOW, NOW);
    }
}
