package org.chs.enrollment.person;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * 参保缴费记录 — one contribution paid for an insured person for one year.
 *
 * @param year          the insurance year paid for
 * @param amount        yuan, scale 2, positive
 * @param channel       where it was paid
 * @param receiptNumber the channel's receipt number; unique per channel
 * @param paidAt        when it was recorded
 * @param handlingId    the handling that recorded it
 */
public record Contribution(int year, BigDecimal amount, ContributionChannel channel, String receiptNumber, Instant paidAt,
                           String handlingId) {
}
