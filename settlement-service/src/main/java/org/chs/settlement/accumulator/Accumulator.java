package org.chs.settlement.accumulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 年度累计 — what the fund has paid one person in one year, and the bill reservations that make it up. Changed only by the
 * atomic conditional updates of {@link AccumulatorService}, never saved whole.
 */
@Document("accumulators")
public class Accumulator {

    static final String FUND_PAID_FEN = "fundPaidFen";
    static final String RESERVATIONS = "reservations";

    @Id
    private String id;
    private String personId;
    private int year;
    private long fundPaidFen;
    private List<Reservation> reservations = new ArrayList<>();
    private Instant createdAt;

    Accumulator() {
    }

    /**
     * One bill's share of the total.
     *
     * @param bill    {@code <institution>|<bill number>}
     * @param attempt the settlement attempt that reserved it, so an abandoned attempt releases only its own
     * @param fen     the fund payment in fen
     */
    public record Reservation(String bill, String attempt, long fen, Instant at) {
    }

    static String key(String personId, int year) {
        return personId + "|" + year;
    }

    public String personId() {
        return personId;
    }

    public int year() {
        return year;
    }

    public long fundPaidFen() {
        return fundPaidFen;
    }

    public List<Reservation> reservations() {
        return List.copyOf(reservations);
    }

    public Optional<Reservation> reservationFor(String bill) {
        return reservations.stream().filter(r -> r.bill().equals(bill)).findFirst();
    }

    public Instant createdAt() {
        return createdAt;
    }
}
