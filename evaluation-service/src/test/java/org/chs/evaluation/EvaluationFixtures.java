package org.chs.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the evaluation ITs. */
final class EvaluationFixtures {

    static final String[] NUMBERS = {"①", "②", "③", "④", "⑤", "⑥", "⑦"};

    /** Clause count of each evaluator-scored CHECK item of the seeded grassroots standard. */
    static final Map<String, Integer> GRASSROOTS_CHECKS = new LinkedHashMap<>();

    static {
        GRASSROOTS_CHECKS.put("G1", 2);
        GRASSROOTS_CHECKS.put("G2", 2);
        GRASSROOTS_CHECKS.put("G3", 2);
        GRASSROOTS_CHECKS.put("G4", 2);
        GRASSROOTS_CHECKS.put("G5", 4);
        GRASSROOTS_CHECKS.put("G6", 4);
        GRASSROOTS_CHECKS.put("G7", 4);
        GRASSROOTS_CHECKS.put("G9", 3);
        GRASSROOTS_CHECKS.put("G10", 3);
    }

    private EvaluationFixtures() {
    }

    static List<String> clauses(int count) {
        return List.of(NUMBERS).subList(0, count);
    }

    static Map<String, Object> met(List<String> clauses) {
        return Map.of("clausesMet", clauses);
    }

    /** The body that opens an evaluation by hand, for a declaration site-registry (its stand-in) has. */
    static Map<String, Object> open(String declarationId, String batchId, String point, String category, int year, List<String> evaluators) {
        SiteRegistryStub.declare(declarationId, batchId, point, category, year);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("declarationId", declarationId);
        body.put("batchId", batchId);
        body.put("servicePointId", point);
        body.put("servicePointName", "汾口镇医保服务站");
        body.put("servicePointType", "TOWNSHIP_STATION");
        body.put("category", category);
        body.put("level", "COUNTY");
        body.put("year", year);
        body.put("evaluators", new ArrayList<>(evaluators));
        return body;
    }
}
