package org.chs.settlement.clearing;

/**
 * An advance fund with the figures to judge it by, in fen.
 *
 * @param averageMonthlyFen  the region's average monthly net payments over the history window
 * @param recommendedFen     advance-fund months × the average: what the fund should hold
 * @param warningFen         the balance below which the region is asked to top up
 * @param warning            the balance is below the warning level
 */
public record AdvanceFundStatus(String region, long balanceFen, long toppedUpFen, long drawnFen, long averageMonthlyFen,
                                long recommendedFen, long warningFen, boolean warning) {
}
