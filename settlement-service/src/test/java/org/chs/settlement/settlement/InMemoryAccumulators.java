package org.chs.settlement.settlement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Year-to-date accumulators in memory with the same compare-and-set contract as the MongoDB updates: a reservation is
 * added only if the total is still the expected one and the bill holds none; a release takes back exactly that attempt's.
 */
final class InMemoryAccumulators implements Accumulators {

    record Reservation(String bill, String attempt, long fen) {
    }

    private final Map<String, List<Reservation>> years = new HashMap<>();
    private Runnable beforeNextReserve = () -> { };
    private int reserveCalls;
    private boolean failReleases;

    /** Runs once, just before the next compare-and-set: another request of the same person getting in first. */
    void beforeNextReserve(Runnable interleaved) {
        this.beforeNextReserve = interleaved;
    }

    /** Every release fails from now on, as it would while the database is unreachable. */
    void failReleases(boolean fail) {
        this.failReleases = fail;
    }

    @Override
    public synchronized long paidFen(String personId, int year) {
        return reservations(personId, year).stream().mapToLong(Reservation::fen).sum();
    }

    @Override
    public synchronized Standing standing(String personId, int year, String bill) {
        return new Standing(paidFen(personId, year),
                reservations(personId, year).stream().filter(r -> r.bill().equals(bill)).map(Reservation::attempt).findFirst());
    }

    @Override
    public boolean reserve(String personId, int year, String bill, String attempt, long expectedPaidFen, long fen) {
        Runnable interleaved;
        synchronized (this) {
            reserveCalls++;
            interleaved = beforeNextReserve;
            beforeNextReserve = () -> { };
        }
        interleaved.run();
        synchronized (this) {
            List<Reservation> held = reservations(personId, year);
            if (paidFen(personId, year) != expectedPaidFen || held.stream().anyMatch(r -> r.bill().equals(bill))) {
                return false;
            }
            held.add(new Reservation(bill, attempt, fen));
            return true;
        }
    }

    @Override
    public synchronized boolean release(String personId, int year, String bill, String attempt) {
        if (failReleases) {
            throw new IllegalStateException("accumulators unreachable");
        }
        return reservations(personId, year).removeIf(r -> r.bill().equals(bill) && r.attempt().equals(attempt));
    }

    /** Adds a reservation directly, as another settlement (or a crashed attempt) left it. */
    synchronized void reserved(String personId, int year, String bill, String attempt, long fen) {
        reservations(personId, year).add(new Reservation(bill, attempt, fen));
    }

    synchronized List<Reservation> reservationsOf(String personId, int year) {
        return List.copyOf(reservations(personId, year));
    }

    synchronized int reserveCalls() {
        return reserveCalls;
    }

    synchronized Optional<Reservation> reservationFor(String personId, int year, String bill) {
        return reservations(personId, year).stream().filter(r -> r.bill().equals(bill)).findFirst();
    }

    private List<Reservation> reservations(String personId, int year) {
        return years.computeIfAbsent(personId + "|" + year, k -> new ArrayList<>());
    }
}
