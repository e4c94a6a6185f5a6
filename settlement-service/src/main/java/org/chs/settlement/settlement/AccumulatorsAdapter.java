package org.chs.settlement.settlement;

import org.chs.settlement.accumulator.Accumulator;
import org.chs.settlement.accumulator.AccumulatorService;
import org.springframework.stereotype.Component;

/** The accumulator port over {@link AccumulatorService}'s atomic conditional updates. */
@Component
class AccumulatorsAdapter implements Accumulators {

    private final AccumulatorService accumulators;

    AccumulatorsAdapter(AccumulatorService accumulators) {
        this.accumulators = accumulators;
    }

    @Override
    public long paidFen(String personId, int year) {
        return accumulators.find(personId, year).map(Accumulator::fundPaidFen).orElse(0L);
    }

    @Override
    public Standing standing(String personId, int year, String bill) {
        Accumulator accumulator = accumulators.current(personId, year);
        return new Standing(accumulator.fundPaidFen(), accumulator.reservationFor(bill).map(Accumulator.Reservation::attempt));
    }

    @Override
    public boolean reserve(String personId, int year, String bill, String attempt, long expectedPaidFen, long fen) {
        return accumulators.reserve(personId, year, bill, attempt, expectedPaidFen, fen);
    }

    @Override
    public boolean release(String personId, int year, String bill, String attempt) {
        return accumulators.release(personId, year, bill, attempt);
    }
}
