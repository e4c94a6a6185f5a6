package org.chs.evaluation.evaluation.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.chs.evaluation.evaluation.KpiSource;
import org.chs.evaluation.kpi.KpiService;
import org.chs.evaluation.scoring.Metric;
import org.springframework.stereotype.Component;

/** The KPI (考核指标) port answered from this service's own KPI buckets. */
@Component
class KpiServiceSource implements KpiSource {

    private final KpiService kpis;

    KpiServiceSource(KpiService kpis) {
        this.kpis = kpis;
    }

    @Override
    public Map<Metric, BigDecimal> metrics(String servicePointId, LocalDate from, LocalDate to) {
        return kpis.figures(servicePointId, from, to).metrics();
    }
}
