package org.chs.evaluation.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chs.platform.domain.BusinessRuleException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Reads a point's KPIs (考核指标): at most one bucket per day of the period, summed in memory; never the events. */
@Service
public class KpiService {

    /** Longer periods are asked month by month; this keeps a read to a few hundred small documents. */
    static final int MAX_DAYS = 731;
    /** The overview reads every point's buckets: at most a year, so a county of 50 points stays under 20 000 small documents. */
    static final int MAX_OVERVIEW_DAYS = 366;

    private final MongoOperations mongo;
    private final KpiProperties settings;

    public KpiService(MongoOperations mongo, KpiProperties settings) {
        this.mongo = mongo;
        this.settings = settings;
    }

    public KpiFigures figures(String servicePointId, LocalDate from, LocalDate to) {
        return KpiFigures.of(buckets(servicePointId, from, to), settings);
    }

    public KpiReport report(String servicePointId, LocalDate from, LocalDate to) {
        List<KpiBucket> buckets = buckets(servicePointId, from, to);
        KpiFigures totals = KpiFigures.of(buckets, settings);
        Map<String, List<KpiBucket>> byMonth = new TreeMap<>();
        buckets.forEach(b -> byMonth.computeIfAbsent(b.day().substring(0, 7), m -> new ArrayList<>()).add(b));
        Map<String, KpiFigures> months = new LinkedHashMap<>();
        byMonth.forEach((month, list) -> months.put(month, KpiFigures.of(list, settings)));
        return new KpiReport(servicePointId, from, to, totals, checks(totals), months);
    }

    /**
     * 网点指标总览 — every service point with data in [from, to], its totals and their checks, in id order. Institutions'
     * settlement counters are not service points and are left out; a point without any data in the period is absent (the
     * caller knows its points from site-registry and shows them as "no data").
     */
    public KpiOverview overview(LocalDate from, LocalDate to) {
        checkPeriod(from, to, MAX_OVERVIEW_DAYS);
        Query query = Query.query(Criteria.where("day").gte(from.toString()).lte(to.toString()));
        query.fields().exclude("appliedEvents");
        Map<String, List<KpiBucket>> byPoint = new TreeMap<>();
        for (KpiBucket bucket : mongo.find(query, KpiBucket.class)) {
            if (!bucket.servicePointId().startsWith(KpiRecorder.institutionKey(""))) {
                byPoint.computeIfAbsent(bucket.servicePointId(), p -> new ArrayList<>()).add(bucket);
            }
        }
        List<KpiOverview.PointKpis> points = new ArrayList<>();
        byPoint.forEach((point, list) -> {
            KpiFigures totals = KpiFigures.of(list, settings);
            points.add(new KpiOverview.PointKpis(point, totals, checks(totals)));
        });
        return new KpiOverview(from, to, points);
    }

    private List<KpiCheck> checks(KpiFigures totals) {
        return List.of(
                KpiCheck.atMost("AVERAGE_INSTANT_HANDLING_MINUTES", totals.averageInstantHandlingMinutes(),
                        settings.instantHandlingMaxMinutes(), "[004 L75] 即时办理事项平均办理时间不超过10分钟"),
                KpiCheck.atMost("AVERAGE_WAITING_MINUTES", totals.averageWaitingMinutes(), settings.waitingMaxMinutes(),
                        "[004 L75] 群众平均等候时间不超过15分钟"),
                KpiCheck.atLeast("ONLINE_RATE", totals.onlineRatePercent(), settings.onlineRateMinPercent(), "[004 L81] 网办掌办率不低于80%"),
                KpiCheck.atLeast("SATISFACTION_RATE", totals.satisfactionRatePercent(), settings.satisfactionMinPercent(),
                        "[004 L141] 满意度不低于90%"),
                KpiCheck.atLeast("DIRECT_SETTLEMENT_RATE", totals.directSettlementRatePercent(), settings.directSettlementMinPercent(),
                        "[004 L47] 直接结算率90% (hospitals)"));
    }

    private static void checkPeriod(LocalDate from, LocalDate to, int maxDays) {
        if (to.isBefore(from)) {
            throw new BusinessRuleException("invalid-period", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        if (from.plusDays(maxDays).isBefore(to)) {
            throw new BusinessRuleException("invalid-period", "a KPI period is at most " + maxDays + " days");
        }
    }

    private List<KpiBucket> buckets(String servicePointId, LocalDate from, LocalDate to) {
        checkPeriod(from, to, MAX_DAYS);
        Query query = Query.query(Criteria.where("servicePointId").is(servicePointId).and("day").gte(from.toString()).lte(to.toString()))
                .with(Sort.by("day"));
        query.fields().exclude("appliedEvents");
        return mongo.find(query, KpiBucket.class);
    }
}
