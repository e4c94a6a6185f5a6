/**
 * 年度累计 — year-to-date fund payments per person and year, which the annual cap (最高支付限额) is checked against.
 *
 * <h2>Why long fen and conditional updates</h2>
 * One document per (person, year) holds {@code fundPaidFen} and the list of {@code reservations}, one per bill. Every change
 * is one atomic single-document update with a filter that states its precondition; nothing here reads a value, changes it
 * in Java and writes it back, and nothing needs a multi-document transaction (the embedded MongoDB has none).
 * <ul>
 * <li><b>Reserve</b> a bill's fund payment: {@code $inc fundPaidFen} and {@code $push} the reservation, filtered on
 * {@code fundPaidFen == <the value the payment was computed from>} and "no reservation for this bill yet". The first makes
 * the cap exact under concurrency: a settlement computed from a stale total does not match and is recomputed from the new
 * one (compare-and-set), so twenty parallel bills can never pay past the cap. The second makes a bill count at most once.</li>
 * <li><b>Release</b> (reversal, or an abandoned attempt): {@code $inc -fen} and {@code $pull}, filtered on that exact
 * reservation being present, so releasing twice is a no-op.</li>
 * </ul>
 * Amounts are whole fen in {@code long}: every amount is rounded to the fen before it reaches an accumulator, and integer
 * {@code $inc} and comparison are exact on every MongoDB. (The embedded server does add Decimal128 exactly — see
 * {@code EmbeddedMongoCapabilitiesIT} — but an equality filter on a decimal compares representations, {@code 1.5} vs
 * {@code 1.50}, which a long never has.)
 *
 * <p>How the accumulator and the settlement document are kept in step without a transaction is described on
 * {@code org.chs.settlement.settlement.SettlementSequence}.
 */
package org.chs.settlement.accumulator;
