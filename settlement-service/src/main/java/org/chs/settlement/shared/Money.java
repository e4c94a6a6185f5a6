package org.chs.settlement.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 金额 — money is {@link BigDecimal} yuan with scale 2, rounded HALF_UP once, at the end of each named amount (ARCHITECTURE §9).
 * Documents that are incremented atomically (accumulators, clearing totals) hold whole fen as {@code long}: an integer
 * {@code $inc} and an integer comparison in a filter are exact on every MongoDB, and an amount is always rounded to the fen
 * before it reaches them, so nothing is lost.
 */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);

    private Money() {
    }

    /** Rounds an exact amount to the fen, HALF_UP: the only place money is rounded. */
    public static BigDecimal yuan(BigDecimal exact) {
        return exact.setScale(2, RoundingMode.HALF_UP);
    }

    /** Whole fen of an amount already rounded to the fen; refuses a finer amount, which would be a bug upstream. */
    public static long toFen(BigDecimal yuan) {
        return yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    public static BigDecimal fromFen(long fen) {
        return BigDecimal.valueOf(fen).divide(FEN_PER_YUAN).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
