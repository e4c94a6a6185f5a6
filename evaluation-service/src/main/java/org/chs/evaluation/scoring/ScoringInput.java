package org.chs.evaluation.scoring;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * 评分输入 — everything the scoring engine needs for one site: the standard, each evaluator's findings, the KPI values of
 * the metric items and the administrator's decisions on vetoes and preconditions.
 *
 * @param standard            the standard version the evaluation started with
 * @param findings            evaluator → item code → finding
 * @param metrics             KPI values; a missing or {@code null} value means "no data in the period"
 * @param confirmedVetoes     veto item codes whose findings the administrator confirmed
 * @param failedPreconditions precondition item code → the administrator's reason it is not met
 */
public record ScoringInput(StandardDefinition standard, Map<String, Map<String, Finding>> findings, Map<Metric, BigDecimal> metrics,
                           Set<String> confirmedVetoes, Map<String, String> failedPreconditions) {

    public ScoringInput {
        Objects.requireNonNull(standard, "standard");
        Map<String, Map<String, Finding>> copy = new LinkedHashMap<>();
        (findings == null ? Map.<String, Map<String, Finding>>of() : findings).forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        findings = java.util.Collections.unmodifiableMap(copy);
        metrics = metrics == null ? Map.of() : java.util.Collections.unmodifiableMap(new HashMap<>(metrics));
        confirmedVetoes = confirmedVetoes == null ? Set.of() : Set.copyOf(confirmedVetoes);
        failedPreconditions = failedPreconditions == null ? Map.of() : Map.copyOf(failedPreconditions);
    }
}
