package org.chs.settlement.clearing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.messaging.IdempotentWriter;
import org.chs.settlement.policy.PolicyService;
import org.chs.settlement.shared.ConflictException;
import org.chs.settlement.shared.InvalidFieldException;
import org.chs.settlement.shared.Money;
import org.chs.settlement.shared.NotFoundException;
import org.chs.settlement.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * 清算 — keeps per-month, per-region-pair totals as settlements and reversals happen, runs the monthly clearing from them
 * (O(region pairs), not O(settlements)), lets the paying region confirm, manages advance funds, and reconciles the totals
 * against the settlements.
 */
@Service
public class ClearingService {

    private final MongoOperations mongo;
    private final IdempotentWriter writer;
    private final ClearingEvents events;
    private final SettlementLedger ledger;
    private final PolicyService policies;
    private final ClearingProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    public ClearingService(MongoOperations mongo, IdempotentWriter writer, ClearingEvents events, SettlementLedger ledger, PolicyService policies,
                           ClearingProperties properties, Clock clock, @Value("${chs.settlement.zone:Asia/Shanghai}") ZoneId zone) {
        this.mongo = mongo;
        this.writer = writer;
        this.events = events;
        this.ledger = ledger;
        this.policies = policies;
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
    }

    /** Adds a completed settlement to its month and pair; a second call for the same settlement changes nothing. */
    public boolean recordSettled(String settlementId, String period, String payer, String payee, long fundFen, long totalFen) {
        Update update = created(period, payer, payee).inc("settledCount", 1).inc("settledFundFen", fundFen).inc("settledTotalFen", totalFen);
        return writer.updateOnce(ClearingTotals.class, ClearingTotals.key(period, payer, payee), "settled:" + settlementId, update,
                properties.idempotencyWindow());
    }

    /** Takes a reversal off its month and pair (the month of the reversal); a second call changes nothing. */
    public boolean recordReversed(String settlementId, String period, String payer, String payee, long fundFen, long totalFen) {
        Update update = created(period, payer, payee).inc("reversedCount", 1).inc("reversedFundFen", fundFen).inc("reversedTotalFen", totalFen);
        return writer.updateOnce(ClearingTotals.class, ClearingTotals.key(period, payer, payee), "reversed:" + settlementId, update,
                properties.idempotencyWindow());
    }

    private static Update created(String period, String payer, String payee) {
        return new Update().setOnInsert("period", period).setOnInsert("payerRegion", payer).setOnInsert("payeeRegion", payee);
    }

    public List<ClearingTotals> totals(String period) {
        return mongo.find(Query.query(Criteria.where("period").is(checkPeriod(period))).with(Sort.by("_id")), ClearingTotals.class);
    }

    /**
     * Runs the clearing of a month: one statement per region pair with payments, and each region's net position. Starting is
     * an atomic claim on the run's id (the month); a run that stopped half-way is resumed — statements have deterministic ids,
     * so none is issued twice.
     */
    public ClearingRun run(String period, String actor) {
        YearMonth month = YearMonth.parse(checkPeriod(period));
        if (!properties.allowOpenPeriod() && !month.isBefore(YearMonth.now(clock.withZone(zone)))) {
            throw new BusinessRuleException("period-open", "Month not closed", "The clearing of " + period
                    + " can run once the month has ended; settlements may still arrive");
        }
        Instant now = clock.instant();
        ClearingRun run;
        try {
            run = mongo.insert(ClearingRun.start(period, now, actor));
        } catch (DuplicateKeyException exists) {
            run = mongo.findById(period, ClearingRun.class);
            if (run == null || run.status() == ClearingRun.Status.ISSUED) {
                throw new ConflictException("The clearing of " + period + " has already run");
            }
        }
        List<String> statementIds = new ArrayList<>();
        Map<String, long[]> positions = new TreeMap<>();
        for (ClearingTotals totals : totals(period)) {
            if (totals.settledCount() == 0 && totals.reversedCount() == 0) {
                continue;
            }
            ClearingStatement statement = ClearingStatement.issue(totals, now, actor);
            events.stage(statement, List.of(new ClearingEvent.StatementIssued(statement.id(), period, statement.payerRegion(),
                    statement.payeeRegion(), statement.settledCount(), statement.reversedCount(), Money.fromFen(statement.fundPaymentFen()),
                    now)));
            try {
                mongo.insert(statement);
            } catch (DuplicateKeyException issuedBefore) {
                // resumed run: this statement (and its event) went out the first time
            }
            statementIds.add(statement.id());
            positions.computeIfAbsent(totals.payeeRegion(), r -> new long[2])[0] += totals.netFundFen();
            positions.computeIfAbsent(totals.payerRegion(), r -> new long[2])[1] += totals.netFundFen();
        }
        List<ClearingRun.Position> netPositions = positions.entrySet().stream()
                .map(e -> new ClearingRun.Position(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0] - e.getValue()[1])).toList();
        run.issued(statementIds, netPositions, clock.instant());
        try {
            return mongo.save(run);
        } catch (OptimisticLockingFailureException concurrent) {
            throw new ConflictException("The clearing of " + period + " is being run by someone else");
        }
    }

    public ClearingRun getRun(String period) {
        ClearingRun run = mongo.findById(checkPeriod(period), ClearingRun.class);
        if (run == null) {
            throw new NotFoundException("No clearing run for " + period);
        }
        return run;
    }

    public List<ClearingStatement> statements(String period) {
        return mongo.find(Query.query(Criteria.where("period").is(checkPeriod(period))).with(Sort.by("_id")), ClearingStatement.class);
    }

    public ClearingStatement statement(String statementId) {
        ClearingStatement statement = mongo.findById(statementId, ClearingStatement.class);
        if (statement == null) {
            throw new NotFoundException("No clearing statement " + statementId);
        }
        return statement;
    }

    /**
     * 确认 — the paying region confirms a statement, and its amount is drawn from the payer's advance fund. The draw is
     * idempotent per statement and happens first, so a confirmation interrupted between the two writes completes on retry
     * without drawing twice.
     */
    public ClearingStatement confirm(String statementId, String actor) {
        ClearingStatement statement = statement(statementId);
        if (statement.status() == StatementStatus.CONFIRMED) {
            return statement;
        }
        draw(statement.payerRegion(), "statement:" + statement.id(), statement.fundPaymentFen());
        statement.confirm(clock.instant(), actor);
        try {
            return mongo.save(statement);
        } catch (OptimisticLockingFailureException concurrent) {
            ClearingStatement now = statement(statementId);
            if (now.status() == StatementStatus.CONFIRMED) {
                return now;
            }
            throw new ConflictException("Statement " + statementId + " changed meanwhile; retry");
        }
    }

    /**
     * 预付金充值 — adds to an insured region's advance fund; the top-up id makes a repeated request a no-op. Only a region with a
     * benefit policy pays advance funds: money put into an unknown one would sit where no clearing ever draws on it.
     */
    public AdvanceFundStatus topUp(String region, String topUpId, BigDecimal amount) {
        requireRegion(region);
        if (!policies.isInsuredRegion(region)) {
            throw new NotFoundException("No insured region " + region + ": it has no benefit policy here, so it has no advance fund");
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw new InvalidFieldException("amount", "positive-yuan", "amount must be more than 0 yuan with at most 2 decimals");
        }
        long fen = Money.toFen(Money.yuan(amount));
        writer.updateOnce(AdvanceFund.class, region, "top-up:" + topUpId,
                new Update().inc("balanceFen", fen).inc("toppedUpFen", fen).set("updatedAt", clock.instant()), properties.idempotencyWindow());
        return advanceFund(region);
    }

    private void draw(String region, String key, long fen) {
        writer.updateOnce(AdvanceFund.class, region, key,
                new Update().inc("balanceFen", -fen).inc("drawnFen", fen).set("updatedAt", clock.instant()), properties.idempotencyWindow());
    }

    /**
     * The fund with its warning: the recommended size is {@code advanceFundMonths} × the average monthly net payments of the
     * last {@code historyMonths} closed months, read from the kept totals (O(pairs × months)).
     */
    public AdvanceFundStatus advanceFund(String region) {
        requireRegion(region);
        AdvanceFund fund = mongo.findById(region, AdvanceFund.class);
        YearMonth current = YearMonth.now(clock.withZone(zone));
        Set<String> months = new TreeSet<>();
        for (int i = 1; i <= properties.historyMonths(); i++) {
            months.add(current.minusMonths(i).toString());
        }
        long paid = mongo.find(Query.query(Criteria.where("period").in(months).and("payerRegion").is(region)), ClearingTotals.class)
                .stream().mapToLong(ClearingTotals::netFundFen).sum();
        long average = paid / properties.historyMonths();
        long recommended = average * properties.advanceFundMonths();
        long warningLevel = BigDecimal.valueOf(recommended).multiply(BigDecimal.ONE.subtract(properties.warningUsage()))
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        long balance = fund == null ? 0 : fund.balanceFen();
        return new AdvanceFundStatus(region, balance, fund == null ? 0 : fund.toppedUpFen(), fund == null ? 0 : fund.drawnFen(), average,
                recommended, warningLevel, balance < warningLevel);
    }

    /** 对总账 — recomputes the month from the settlements and lists every figure that differs from the kept totals. */
    public Reconciliation reconcile(String period) {
        Map<String, PairAmounts> kept = new HashMap<>();
        totals(period).forEach(t -> kept.put(t.amounts().pair(), t.amounts()));
        Map<String, PairAmounts> recomputed = new HashMap<>();
        ledger.recompute(period).forEach(p -> recomputed.put(p.pair(), p));
        Set<String> pairs = new TreeSet<>(kept.keySet());
        pairs.addAll(recomputed.keySet());
        List<Reconciliation.Difference> differences = new ArrayList<>();
        for (String pair : pairs) {
            PairAmounts k = kept.getOrDefault(pair, empty(pair));
            PairAmounts r = recomputed.getOrDefault(pair, empty(pair));
            compare(differences, k, "settledCount", k.settledCount(), r.settledCount());
            compare(differences, k, "settledFundFen", k.settledFundFen(), r.settledFundFen());
            compare(differences, k, "settledTotalFen", k.settledTotalFen(), r.settledTotalFen());
            compare(differences, k, "reversedCount", k.reversedCount(), r.reversedCount());
            compare(differences, k, "reversedFundFen", k.reversedFundFen(), r.reversedFundFen());
            compare(differences, k, "reversedTotalFen", k.reversedTotalFen(), r.reversedTotalFen());
        }
        differences.sort(Comparator.comparing(Reconciliation.Difference::payerRegion).thenComparing(Reconciliation.Difference::payeeRegion));
        return new Reconciliation(period, kept.size(), recomputed.size(), differences.isEmpty(), differences);
    }

    private static PairAmounts empty(String pair) {
        String[] regions = pair.split(">");
        return new PairAmounts(regions[0], regions[1], 0, 0, 0, 0, 0, 0);
    }

    private static void compare(List<Reconciliation.Difference> differences, PairAmounts pair, String figure, long kept, long recomputed) {
        if (kept != recomputed) {
            differences.add(new Reconciliation.Difference(pair.payerRegion(), pair.payeeRegion(), figure, kept, recomputed));
        }
    }

    private static String checkPeriod(String period) {
        try {
            return YearMonth.parse(period).toString();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidFieldException("period", "year-month", "period must be a month as yyyy-MM");
        }
    }

    private static void requireRegion(String region) {
        if (!RegionCode.isValid(region)) {
            throw new InvalidFieldException("region", "pattern", "region must be a six-digit area code");
        }
    }
}
