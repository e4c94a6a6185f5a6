package org.chs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chs.evaluation.EvaluationFixtures.clauses;
import static org.chs.evaluation.EvaluationFixtures.met;
import static org.chs.evaluation.EvaluationFixtures.open;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class StandardsAndBankIT extends EvaluationItSupport {

    private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");

    private static Map<String, Object> standard(String category, int points) {
        return Map.of("name", "IT standard", "nameZh", "测试标准", "siteCategories", List.of(category), "defaultPoints", false,
                "categories", List.of(Map.of("code", "C", "name", "Only", "items", List.of(
                        Map.of("code", "I1", "name", "Check", "maxPoints", points, "clauses", List.of(Map.of("code", "①", "text", "x")),
                                "rule", Map.of("kind", "CHECK")),
                        Map.of("code", "I2", "name", "Cases", "maxPoints", 5, "clauses",
                                List.of(Map.of("code", "①"), Map.of("code", "②")), "rule", Map.of("kind", "PER_CASE_DEDUCTION",
                                        "cap", 4, "caseGroups", List.of(Map.of("clauses", List.of("①", "②"), "pointsPerCase", 3))))))));
    }

    @Nested
    class Standards {

        @Test
        void shouldListTheSeededStandardsMarkedAsDefaults() {
            JsonNode list = get("/api/evaluation/standards", EVALUATOR_1).json();

            assertThat(list.valueStream().map(s -> s.path("code").asString())).contains("GRASSROOTS_SITE", "MEDICAL_INSTITUTION_SITE",
                    "BANK_COOPERATION_SITE");
            JsonNode dmi = get("/api/evaluation/standards/MEDICAL_INSTITUTION_SITE/versions/1", ADMIN).json();
            assertThat(dmi.path("defaultPoints").asBoolean()).isTrue();
            assertThat(dmi.path("note").asString()).contains("defaults");
            assertThat(dmi.path("maxTotal").decimalValue()).isEqualByComparingTo("100");
        }

        @Test
        void shouldKeepTheVersionAnEvaluationStartedWithWhenANewVersionIsPublished() {
            String code = "IT_" + unique("S").replace("-", "_").toUpperCase();
            String category = code + "_CAT";
            assertThat(post("/api/evaluation/standards/" + code + "/versions", ADMIN, standard(category, 10)).status()).isEqualTo(201);
            String first = post("/api/evaluation/evaluations", ADMIN, open(unique("dcl"), unique("batch"), unique("sp"), category, 2026,
                    List.of("evaluator-1"))).json().path("id").asString();

            Response v2 = post("/api/evaluation/standards/" + code + "/versions", ADMIN, standard(category, 20));
            String second = post("/api/evaluation/evaluations", ADMIN, open(unique("dcl"), unique("batch"), unique("sp"), category, 2026,
                    List.of("evaluator-1"))).json().path("id").asString();

            assertThat(v2.json().path("version").asInt()).isEqualTo(2);
            assertThat(get("/api/evaluation/evaluations/" + first, ADMIN).json().path("standardId").asString()).isEqualTo(code + ":v1");
            assertThat(get("/api/evaluation/evaluations/" + second, ADMIN).json().path("standardId").asString()).isEqualTo(code + ":v2");
            put("/api/evaluation/evaluations/" + first + "/findings/I1", EVALUATOR_1, met(clauses(1)));
            put("/api/evaluation/evaluations/" + first + "/findings/I2", EVALUATOR_1, Map.of("casesPerClause", Map.of("①", 1, "②", 1)));
            JsonNode card = post("/api/evaluation/evaluations/" + first + "/finalize", ADMIN, null).json();
            // v1: 10 + (5 - min(6, cap 4)) = 11 of 15
            assertThat(card.path("total").decimalValue()).isEqualByComparingTo("11.00");
            assertThat(card.path("maxTotal").decimalValue()).isEqualByComparingTo("15");
        }

        @Test
        void shouldRejectAnIncoherentStandardNamingTheProblem() {
            Map<String, Object> body = Map.of("name", "bad", "siteCategories", List.of("X"), "categories", List.of(Map.of("code", "C",
                    "name", "c", "items", List.of(Map.of("code", "I", "name", "i", "maxPoints", 5, "clauses", List.of(Map.of("code", "①")),
                            "rule", Map.of("kind", "PER_CASE_DEDUCTION", "caseGroups",
                                    List.of(Map.of("clauses", List.of("⑨"), "pointsPerCase", 1))))))));
            Response response = post("/api/evaluation/standards/IT_BAD/versions", ADMIN, body);

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.json().path("detail").asString()).contains("⑨");
            Response missing = post("/api/evaluation/standards/IT_BAD/versions", ADMIN, Map.of("name", "x"));
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.body()).contains("siteCategories").contains("categories");
        }
    }

    @Nested
    class Bounds {

        private Map<String, Object> standardWithItem(Object name, Object maxPoints) {
            return Map.of("name", "bounded", "siteCategories", List.of("X"), "categories", List.of(Map.of("code", "C", "name", "c",
                    "items", List.of(Map.of("code", "I1", "name", name, "maxPoints", maxPoints, "clauses", List.of(Map.of("code", "①")),
                            "rule", Map.of("kind", "CHECK"))))));
        }

        @Test
        void shouldAnswer400NamingTheFieldWhenAnItemNameIsHuge() {
            Response response = post("/api/evaluation/standards/IT_BOUNDS/versions", ADMIN, standardWithItem("n".repeat(100_000), 10));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("categories[0].items[0].name");
        }

        @Test
        void shouldAnswer400NamingTheFieldWhenMaxPointsOverflows() {
            Response response = post("/api/evaluation/standards/IT_BOUNDS/versions", ADMIN,
                    standardWithItem("i", new java.math.BigDecimal("9200000000000000000")));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("categories[0].items[0].maxPoints");
        }

        @Test
        void shouldAnswer400NamingTheAllowedFieldsWhenTheSortFieldIsNotOneOfThem() {
            Response response = get("/api/evaluation/evaluations?sort=$where,desc", ADMIN);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"sort\"").contains("createdAt");
            assertThat(get("/api/evaluation/evaluations?sort=year,desc", ADMIN).status()).isEqualTo(200);
        }

        @Test
        void shouldAnswer400SayingTheMaximumWhenThePageIsTooLargeInsteadOfCuttingIt() {
            Response response = get("/api/evaluation/reviews?size=100000", ADMIN);

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("\"field\":\"size\"").contains("1 to 100");
        }
    }

    @Nested
    class BankCooperation {

        @Test
        void shouldScoreBusinessVolumeFromBankHandlingsAndPublicityAndTrainingFromTheAdmin() {
            String bank = unique("sp-bank");
            for (int i = 0; i < 100; i++) {
                publishHandling(handling(unique("h"), bank, "BANK_API", true, null, T, T.plusSeconds(120), null));
            }
            String evaluation = post("/api/evaluation/evaluations", ADMIN, open(unique("dcl"), unique("batch"), bank, "BANK_COOPERATION",
                    2026, List.of())).json().path("id").asString();
            await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/evaluation/kpis/service-points/" + bank
                    + "?from=2026-01-01&to=2026-12-31", ADMIN).json().path("totals").path("bankHandlings").asLong() == 100);
            assertThat(put("/api/evaluation/evaluations/" + evaluation + "/findings/B2", ADMIN, met(clauses(3))).status()).isEqualTo(200);
            assertThat(put("/api/evaluation/evaluations/" + evaluation + "/findings/B3", ADMIN, met(List.of("①"))).status()).isEqualTo(200);

            JsonNode card = post("/api/evaluation/evaluations/" + evaluation + "/finalize", ADMIN, null).json();

            // B1 40 (100 >= 100) + B2 30 + B3 15
            assertThat(card.path("total").decimalValue()).isEqualByComparingTo("85.00");
            assertThat(card.path("metrics").path("BANK_HANDLINGS").decimalValue()).isEqualByComparingTo("100");
        }
    }

    @Nested
    class OpenApi {

        @Test
        void shouldDocumentEveryEndpointWhenTheSpecIsRead() {
            JsonNode paths = get("/api/evaluation/v3/api-docs", null).json().path("paths");

            assertThat(paths.propertyNames()).contains("/api/evaluation/standards", "/api/evaluation/standards/{code}",
                    "/api/evaluation/standards/{code}/versions", "/api/evaluation/standards/{code}/versions/{version}",
                    "/api/evaluation/evaluations", "/api/evaluation/evaluations/{id}", "/api/evaluation/evaluations/{id}/evaluators",
                    "/api/evaluation/evaluations/{id}/kpi-period", "/api/evaluation/evaluations/{id}/findings/{itemCode}",
                    "/api/evaluation/evaluations/{id}/preview", "/api/evaluation/evaluations/{id}/finalize",
                    "/api/evaluation/evaluations/{id}/scorecard", "/api/evaluation/evaluations/{id}/scorecard.csv",
                    "/api/evaluation/evaluations/{id}/scorecard.pdf", "/api/evaluation/kpis/service-points/{servicePointId}",
                    "/api/evaluation/kpis/institutions/{institutionId}", "/api/evaluation/reviews", "/api/evaluation/reviews/{handlingId}",
                    "/api/evaluation/rectifications", "/api/evaluation/rectifications/{handlingId}/answer",
                    "/api/evaluation/rectifications/{handlingId}/close", "/api/evaluation/batches", "/api/evaluation/batches/{batchId}",
                    "/api/evaluation/batches/{batchId}/rankings", "/api/evaluation/batches/{batchId}/publish");
        }
    }
}
