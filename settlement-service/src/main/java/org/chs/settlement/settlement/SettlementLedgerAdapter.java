package org.chs.settlement.settlement;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chs.settlement.clearing.PairAmounts;
import org.chs.settlement.clearing.SettlementLedger;
import org.chs.settlement.shared.Money;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Re-derives clearing figures from the settlement documents themselves — deliberately not from the kept totals, so that the
 * reconciliation checks one against the other. It reads every settlement of the month (O(settlements)), which is why it is
 * a reconciliation job and not how clearing runs.
 */
@Component
class SettlementLedgerAdapter implements SettlementLedger {

    private final MongoOperations mongo;

    SettlementLedgerAdapter(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<PairAmounts> recompute(String period) {
        Map<String, long[]> pairs = new TreeMap<>();
        Query settled = Query.query(Criteria.where("settledPeriod").is(period)
                .and("status").in(SettlementStatus.COMPLETED, SettlementStatus.REVERSED));
        try (var stream = mongo.stream(settled, Settlement.class)) {
            stream.forEach(s -> {
                long[] p = pairs.computeIfAbsent(s.insuredRegion() + ">" + s.treatmentRegion(), k -> new long[6]);
                p[0]++;
                p[1] += Money.toFen(s.calculation().fundPayment());
                p[2] += Money.toFen(s.calculation().total());
            });
        }
        Query reversed = Query.query(Criteria.where("reversedPeriod").is(period).and("status").is(SettlementStatus.REVERSED));
        try (var stream = mongo.stream(reversed, Settlement.class)) {
            stream.forEach(s -> {
                long[] p = pairs.computeIfAbsent(s.insuredRegion() + ">" + s.treatmentRegion(), k -> new long[6]);
                p[3]++;
                p[4] += Money.toFen(s.calculation().fundPayment());
                p[5] += Money.toFen(s.calculation().total());
            });
        }
        return pairs.entrySet().stream().map(e -> {
            String[] regions = e.getKey().split(">");
            long[] p = e.getValue();
            return new PairAmounts(regions[0], regions[1], p[0], p[1], p[2], p[3], p[4], p[5]);
        }).toList();
    }
}
