package org.chs.evaluation.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import org.chs.evaluation.scoring.Metric;

/**
 * 指标数值 — a point's KPIs over some days: the sums of its day buckets and the averages and rates derived from them. An
 * average or rate is {@code null} when its denominator is 0 ("no data"), never 0. {@code byItem} counts handlings per
 * catalogue item code ({@code UNKNOWN} for handlings whose producer sent none, and for days counted before items were kept).
 * The online rate (网办掌办率) counts online handlings only; self-service handlings (自助办) have their own rate
 * ({@code selfServiceHandlings}, {@code selfServiceRatePercent}), added later to the answer.
 */
public record KpiFigures(long handlings, Map<String, Long> byChannel, Map<String, Long> byItem, long instantHandlings,
                         BigDecimal averageInstantHandlingMinutes,
                         long waits, BigDecimal averageWaitingMinutes, long onlineHandlings, BigDecimal onlineRatePercent,
                         long reviews, Map<String, Long> reviewsByLevel, long satisfiedReviews, BigDecimal satisfactionRatePercent,
                         long badReviews, long unrectifiedBadReviews, long directSettlements, long manualSettlements,
                         BigDecimal directSettlementRatePercent, long bankHandlings, long selfServiceHandlings,
                         BigDecimal selfServiceRatePercent) {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static KpiFigures of(Collection<KpiBucket> buckets, KpiProperties settings) {
        long handlings = 0, instant = 0, instantSeconds = 0, waits = 0, waitSeconds = 0, reviews = 0, bad = 0, rectified = 0,
                direct = 0, manual = 0;
        Map<String, Long> byChannel = new TreeMap<>();
        Map<String, Long> byItem = new TreeMap<>();
        Map<String, Long> byLevel = new TreeMap<>();
        for (KpiBucket b : buckets) {
            handlings += b.handlings();
            instant += b.instantHandlings();
            instantSeconds += b.instantHandlingSeconds();
            waits += b.waits();
            waitSeconds += b.waitSeconds();
            reviews += b.reviews();
            bad += b.badReviews();
            rectified += b.rectifiedBadReviews();
            direct += b.directSettlements();
            manual += b.manualSettlements();
            b.byChannel().forEach((k, v) -> byChannel.merge(k, v, Long::sum));
            b.byItem().forEach((k, v) -> byItem.merge(k, v, Long::sum));
            b.reviewsByLevel().forEach((k, v) -> byLevel.merge(k, v, Long::sum));
        }
        long online = byChannel.entrySet().stream().filter(e -> settings.onlineChannels().contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        long selfService = byChannel.entrySet().stream().filter(e -> settings.selfServiceChannels().contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        long satisfied = byLevel.entrySet().stream().filter(e -> settings.satisfiedLevels().contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return new KpiFigures(handlings, byChannel, byItem, instant, minutes(instantSeconds, instant), waits,
                minutes(waitSeconds, waits),
                online, percent(online, handlings), reviews, byLevel, satisfied, percent(satisfied, reviews), bad,
                Math.max(0, bad - rectified), direct, manual, percent(direct, direct + manual),
                byChannel.getOrDefault("BANK_API", 0L), selfService, percent(selfService, handlings));
    }

    /** The values metric items of a scoring standard compare with their bounds. */
    public Map<Metric, BigDecimal> metrics() {
        Map<Metric, BigDecimal> metrics = new EnumMap<>(Metric.class);
        put(metrics, Metric.AVERAGE_INSTANT_HANDLING_MINUTES, averageInstantHandlingMinutes);
        put(metrics, Metric.AVERAGE_WAITING_MINUTES, averageWaitingMinutes);
        put(metrics, Metric.ONLINE_RATE, onlineRatePercent);
        put(metrics, Metric.SELF_SERVICE_RATE, selfServiceRatePercent);
        put(metrics, Metric.SATISFACTION_RATE, satisfactionRatePercent);
        put(metrics, Metric.DIRECT_SETTLEMENT_RATE, directSettlementRatePercent);
        metrics.put(Metric.BANK_HANDLINGS, BigDecimal.valueOf(bankHandlings));
        return metrics;
    }

    private static void put(Map<Metric, BigDecimal> metrics, Metric metric, BigDecimal value) {
        if (value != null) {
            metrics.put(metric, value);
        }
    }

    private static BigDecimal minutes(long seconds, long count) {
        return count == 0 ? null : BigDecimal.valueOf(seconds).divide(SIXTY.multiply(BigDecimal.valueOf(count)), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
