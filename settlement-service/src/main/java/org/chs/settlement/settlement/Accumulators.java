package org.chs.settlement.settlement;

import java.util.Optional;

/**
 * Port: the person's year-to-date accumulator (年度累计) as settling needs it — read the total, reserve a bill's fund payment
 * with compare-and-set, release an attempt's reservation. The {@code accumulator} package holds the atomic MongoDB updates.
 */
interface Accumulators {

    /** What the fund has paid the person in the year, in fen; 0 when nothing was ever reserved. Creates nothing. */
    long paidFen(String personId, int year);

    /** The year's total and which attempt holds a reservation for the bill, creating the accumulator if needed. */
    Standing standing(String personId, int year, String bill);

    /**
     * Adds the bill's payment if, and only if, the total is still {@code expectedPaidFen} and the bill holds no reservation.
     *
     * @return {@code false} when another bill got in first (or this bill is already reserved): recompute and try again
     */
    boolean reserve(String personId, int year, String bill, String attempt, long expectedPaidFen, long fen);

    /** Takes back the reservation the bill's attempt made, if it is there; a second call changes nothing. */
    boolean release(String personId, int year, String bill, String attempt);

    /**
     * @param paidFen    the year's total, in fen
     * @param reservedBy the attempt holding the bill's reservation, empty when the bill holds none
     */
    record Standing(long paidFen, Optional<String> reservedBy) {
    }
}
