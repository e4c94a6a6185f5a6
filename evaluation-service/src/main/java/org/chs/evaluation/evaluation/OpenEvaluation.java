package org.chs.evaluation.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * 启动评估 — the command to open the evaluation of a declared demonstration site.
 *
 * @param declarationId    site-registry's declaration (申报) id; one evaluation per declaration
 * @param batchId          the declaration batch (批次)
 * @param servicePointId   the declared point
 * @param servicePointName its name
 * @param servicePointType e.g. TOWNSHIP_STATION, HOSPITAL_WINDOW, BANK_BRANCH
 * @param category         the declaration category, which selects the standard
 * @param level            the level applied for (COUNTY, CITY, …)
 * @param year             the declaration year; the default KPI period is that calendar year
 * @param evaluators       evaluators assigned at once (may be empty)
 */
public record OpenEvaluation(String declarationId, String batchId, String servicePointId, String servicePointName,
                             String servicePointType, String category, String level, int year, List<String> evaluators) {

    public OpenEvaluation {
        Objects.requireNonNull(declarationId, "declarationId");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(servicePointId, "servicePointId");
        Objects.requireNonNull(category, "category");
        evaluators = evaluators == null ? List.of() : List.copyOf(evaluators);
    }
}
