package org.chs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.chs.evaluation.EvaluationFixtures.GRASSROOTS_CHECKS;
import static org.chs.evaluation.EvaluationFixtures.clauses;
import static org.chs.evaluation.EvaluationFixtures.met;
import static org.chs.evaluation.EvaluationFixtures.open;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chs.contracts.DemonstrationSiteDeclaredEvent;
import org.chs.contracts.EventEnvelope;
import org.chs.contracts.Exchanges;
import org.chs.contracts.RoutingKeys;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import tools.jackson.databind.JsonNode;

class EvaluationFlowIT extends EvaluationItSupport {

    private static final Instant T = Instant.parse("2026-05-15T02:00:00Z");

    private String openGrassroots(String batch, String point, String... evaluators) {
        Response opened = post("/api/evaluation/evaluations", ADMIN,
                open(unique("dcl"), batch, point, "GRASSROOTS_TOWNSHIP", 2026, List.of(evaluators)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().path("id").asString();
    }

    private String openHospital(String batch, String point, String... evaluators) {
        Response opened = post("/api/evaluation/evaluations", ADMIN,
                open(unique("dcl"), batch, point, "MEDICAL_INSTITUTION", 2026, List.of(evaluators)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().path("id").asString();
    }

    private void scoreAllGrassrootsChecks(String evaluation, String token) {
        GRASSROOTS_CHECKS.forEach((item, count) -> assertThat(
                put("/api/evaluation/evaluations/" + evaluation + "/findings/" + item, token, met(clauses(count))).status())
                .isEqualTo(200));
    }

    @Nested
    class OpeningFromDeclarations {

        @Test
        void shouldOpenOneEvaluationWhenTheDeclarationArrivesTwiceOrIsRepublished() {
            String batch = unique("batch");
            DemonstrationSiteDeclaredEvent declared = new DemonstrationSiteDeclaredEvent(unique("dcl"), batch, unique("sp"),
                    "汾口镇医保服务站", "TOWNSHIP_STATION", "GRASSROOTS_TOWNSHIP", "COUNTY", 2026, "330127107", null);
            EventEnvelope<DemonstrationSiteDeclaredEvent> envelope = envelope(RoutingKeys.DEMONSTRATION_SITE_DECLARED_V1,
                    "site-registry-service", declared);
            publish(Exchanges.SITE_REGISTRY, envelope);
            publish(Exchanges.SITE_REGISTRY, envelope);
            publish(Exchanges.SITE_REGISTRY, envelope(RoutingKeys.DEMONSTRATION_SITE_DECLARED_V1, "site-registry-service", declared));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                Response list = get("/api/evaluation/evaluations?batchId=" + batch, ADMIN);
                assertThat(list.json().path("total").asLong()).isEqualTo(1);
                assertThat(list.json().path("items").get(0).path("standardId").asString()).isEqualTo("GRASSROOTS_SITE:v1");
            });
            Response again = get("/api/evaluation/evaluations?batchId=" + batch, ADMIN);
            assertThat(again.json().path("total").asLong()).isEqualTo(1);
            assertThat(get("/api/evaluation/batches/" + batch, ADMIN).json().path("level").asString()).isEqualTo("COUNTY");
        }

        @Test
        void shouldAnswer409NamingTheExistingEvaluationWhenTheAdminOpensADeclarationTwice() {
            Map<String, Object> body = open(unique("dcl"), unique("batch"), unique("sp"), "GRASSROOTS_VILLAGE", 2026, List.of());
            String first = post("/api/evaluation/evaluations", ADMIN, body).json().path("id").asString();

            Response second = post("/api/evaluation/evaluations", ADMIN, body);

            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().path("evaluationId").asString()).isEqualTo(first);
        }

        @Test
        void shouldAnswer422WhenSiteRegistryHasNoSuchDeclaration() {
            Map<String, Object> body = new java.util.LinkedHashMap<>(open(unique("dcl"), unique("batch"), unique("sp"), "GRASSROOTS_VILLAGE",
                    2026, List.of()));
            body.put("declarationId", unique("never-declared"));

            Response response = post("/api/evaluation/evaluations", ADMIN, body);

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.json().path("type").asString()).endsWith("/unknown-declaration");
        }

        @Test
        void shouldAnswer422WhenTheBodyNamesAnotherSiteThanTheDeclaration() {
            Map<String, Object> body = new java.util.LinkedHashMap<>(open(unique("dcl"), unique("batch"), unique("sp"), "GRASSROOTS_VILLAGE",
                    2026, List.of()));
            body.put("servicePointId", unique("other-sp"));

            Response response = post("/api/evaluation/evaluations", ADMIN, body);

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.json().path("type").asString()).endsWith("/declaration-mismatch");
        }

        @Test
        void shouldAnswer400WhenAnEvaluatorNameIsHuge() {
            Response response = post("/api/evaluation/evaluations", ADMIN,
                    open(unique("dcl"), unique("batch"), unique("sp"), "GRASSROOTS_VILLAGE", 2026, List.of("e".repeat(100_000))));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("errors").get(0).path("field").asString()).startsWith("evaluators");
        }

        @Test
        void shouldAnswer422WhenNoStandardScoresTheCategory() {
            Response response = post("/api/evaluation/evaluations", ADMIN,
                    open(unique("dcl"), unique("batch"), unique("sp"), "SPACE_STATION", 2026, List.of()));

            assertThat(response.status()).isEqualTo(422);
            assertThat(response.json().path("type").asString()).endsWith("/no-standard-for-category");
        }
    }

    @Nested
    class RoleGuards {

        @Test
        void shouldShowAnEvaluatorOnlyTheEvaluationsAssignedToThem() {
            String batch = unique("batch");
            String mine = openGrassroots(batch, unique("sp"), "evaluator-1");
            String theirs = openGrassroots(batch, unique("sp"), "evaluator-2");

            Response list = get("/api/evaluation/evaluations?batchId=" + batch, EVALUATOR_1);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().path("items").valueStream().map(n -> n.path("id").asString())).containsExactly(mine);
            assertThat(get("/api/evaluation/evaluations/" + mine, EVALUATOR_1).status()).isEqualTo(200);
            assertThat(get("/api/evaluation/evaluations/" + theirs, EVALUATOR_1).status()).isEqualTo(403);
            assertThat(get("/api/evaluation/evaluations?batchId=" + batch, ADMIN).json().path("total").asLong()).isEqualTo(2);
        }

        @Test
        void shouldForbidFindingsWhenTheEvaluatorIsNotAssigned() {
            String evaluation = openGrassroots(unique("batch"), unique("sp"), "evaluator-2");

            Response response = put("/api/evaluation/evaluations/" + evaluation + "/findings/G1", EVALUATOR_1, met(clauses(2)));

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.json().path("detail").asString()).contains("not assigned");
        }

        @Test
        void shouldForbidClerksAndAnonymousCallersAndEvaluatorsOnAdminUseCases() {
            String evaluation = openGrassroots(unique("batch"), unique("sp"), "evaluator-1");
            String clerk = TOKENS.clerk("clerk-township", "sp-fenkou-township");

            assertThat(get("/api/evaluation/evaluations", clerk).status()).isEqualTo(403);
            assertThat(get("/api/evaluation/evaluations", null).status()).isEqualTo(401);
            assertThat(post("/api/evaluation/evaluations/" + evaluation + "/finalize", EVALUATOR_1, Map.of()).status()).isEqualTo(403);
            assertThat(put("/api/evaluation/evaluations/" + evaluation + "/evaluators", EVALUATOR_1,
                    Map.of("evaluators", List.of("evaluator-1"))).status()).isEqualTo(403);
            assertThat(post("/api/evaluation/standards/GRASSROOTS_SITE/versions", EVALUATOR_1, Map.of("name", "x",
                    "siteCategories", List.of("X"), "categories", List.of(Map.of("code", "C", "name", "c", "items", List.of(Map.of(
                            "code", "I", "name", "i", "maxPoints", 1, "clauses", List.of(Map.of("code", "①")),
                            "rule", Map.of("kind", "CHECK"))))))).status()).isEqualTo(403);
        }

        @Test
        void shouldRefuseTypedValuesForMetricItemsAndUnknownClauses() {
            String evaluation = openGrassroots(unique("batch"), unique("sp"), "evaluator-1");

            Response metric = put("/api/evaluation/evaluations/" + evaluation + "/findings/K1", EVALUATOR_1, met(List.of()));
            Response clause = put("/api/evaluation/evaluations/" + evaluation + "/findings/G1", EVALUATOR_1, met(List.of("⑨")));
            Response negative = put("/api/evaluation/evaluations/" + evaluation + "/findings/G1", EVALUATOR_1,
                    Map.of("casesPerClause", Map.of("①", -1)));

            assertThat(metric.status()).isEqualTo(422);
            assertThat(metric.json().path("detail").asString()).contains("metric item");
            assertThat(clause.status()).isEqualTo(422);
            assertThat(negative.status()).isEqualTo(400);
            assertThat(negative.body()).contains("casesPerClause");
        }
    }

    @Nested
    class Scoring {

        @Test
        void shouldAverageEvaluatorsAndFillMetricItemsFromKpisWhenFinalised() throws IOException {
            String point = unique("sp");
            String evaluation = openGrassroots(unique("batch"), point, "evaluator-1", "evaluator-2");
            // 2 instant counter handlings on queue tickets: 12 min waiting, 8 min handling; 1 online: online rate 33 %; no reviews
            publishHandling(ticketed(handling(unique("h"), point, "COUNTER", true, T, T.plusSeconds(720), T.plusSeconds(1200), null)));
            publishHandling(ticketed(handling(unique("h"), point, "COUNTER", true, T, T.plusSeconds(720), T.plusSeconds(1200), null)));
            publishHandling(handling(unique("h"), point, "ONLINE", false, null, T, T.plusSeconds(60), null));
            await().atMost(Duration.ofSeconds(20)).until(() -> get("/api/evaluation/kpis/service-points/" + point
                    + "?from=2026-01-01&to=2026-12-31", ADMIN).json().path("totals").path("handlings").asLong() == 3);
            scoreAllGrassrootsChecks(evaluation, EVALUATOR_1);
            scoreAllGrassrootsChecks(evaluation, EVALUATOR_2);
            put("/api/evaluation/evaluations/" + evaluation + "/findings/G5", EVALUATOR_2, met(List.of("②", "③", "④")));

            Response finalised = post("/api/evaluation/evaluations/" + evaluation + "/finalize", ADMIN, Map.of());

            assertThat(finalised.status()).as(finalised.body()).isEqualTo(200);
            JsonNode card = finalised.json();
            assertThat(card.path("outcome").asString()).isEqualTo("SCORED");
            // 76 checks - 1.5 (G5: 12 and 9 averaged) + K1 6 + K2 6 + K3 0 (33 % < 80 %) + K4 0 (no reviews)
            assertThat(card.path("total").decimalValue()).isEqualByComparingTo("86.50");
            JsonNode g5 = item(card, "G5");
            assertThat(g5.path("score").decimalValue()).isEqualByComparingTo("10.50");
            assertThat(g5.path("losses").get(0).path("evaluator").asString()).isEqualTo("evaluator-2");
            assertThat(g5.path("losses").get(0).path("clause").asString()).isEqualTo("①");
            assertThat(item(card, "K3").path("losses").get(0).path("explanation").asString()).contains("ONLINE_RATE = 33.33");
            assertThat(item(card, "K4").path("losses").get(0).path("explanation").asString()).startsWith("no data");

            Response csv = get("/api/evaluation/evaluations/" + evaluation + "/scorecard.csv", EVALUATOR_1);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.raw().headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
            assertThat(csv.body()).contains("outcome,SCORED,total,86.50").contains("G5,Service items,服务事项,CHECK,12,10.50,evaluator-2,①,,3.00");

            Response pdf = get("/api/evaluation/evaluations/" + evaluation + "/scorecard.pdf", ADMIN);
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(new String(pdf.raw().body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            PdfReader reader = new PdfReader(pdf.raw().body());
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            assertThat(text).contains("86.50").contains("G5").contains("evaluator-2");

            assertThat(put("/api/evaluation/evaluations/" + evaluation + "/findings/G1", EVALUATOR_1, met(clauses(2))).status())
                    .isEqualTo(409);
            assertThat(get("/api/evaluation/evaluations/" + evaluation + "/scorecard", TOKENS.user("evaluator-3", "site-evaluator"))
                    .status()).isEqualTo(403);
        }

        @Test
        void shouldRefuseToFinaliseWhenItemsHaveNoFindings() {
            String evaluation = openGrassroots(unique("batch"), unique("sp"), "evaluator-1");
            put("/api/evaluation/evaluations/" + evaluation + "/findings/G1", EVALUATOR_1, met(clauses(2)));

            Response response = post("/api/evaluation/evaluations/" + evaluation + "/finalize", ADMIN, Map.of());

            assertThat(response.status()).isEqualTo(409);
            assertThat(response.json().path("missingItems").valueStream().map(JsonNode::asString)).contains("G2", "G10")
                    .doesNotContain("K1", "G8");
        }

        @Test
        void shouldVetoAndExplainTheCappedDeductionWhenTheAdministratorConfirmsAVetoFinding() {
            String evaluation = openHospital(unique("batch"), unique("sp"), "evaluator-1");
            put("/api/evaluation/evaluations/" + evaluation + "/findings/D10", EVALUATOR_1, Map.of("casesPerClause", Map.of("③", 3, "④", 1)));
            put("/api/evaluation/evaluations/" + evaluation + "/findings/D28", EVALUATOR_1, Map.of("vetoFindings",
                    List.of(Map.of("description", "医保基金被挪用于基建", "evidence", "审计报告 2026-17"))));

            Response preview = post("/api/evaluation/evaluations/" + evaluation + "/preview", ADMIN, Map.of());
            Response finalised = post("/api/evaluation/evaluations/" + evaluation + "/finalize", ADMIN,
                    Map.of("confirmedVetoes", List.of("D28")));

            assertThat(preview.json().path("outcome").asString()).isEqualTo("SCORED");
            assertThat(finalised.status()).as(finalised.body()).isEqualTo(200);
            assertThat(finalised.json().path("outcome").asString()).isEqualTo("VETOED");
            assertThat(finalised.json().path("reasons").get(0).asString()).contains("医保基金被挪用于基建");
            JsonNode d10 = item(finalised.json(), "D10");
            assertThat(d10.path("score").decimalValue()).isEqualByComparingTo("3.00");
            assertThat(d10.path("losses").valueStream().map(l -> l.path("explanation").asString())).contains("deduction capped at 7 points");
        }

        @Test
        void shouldNotScoreWhenTheAdministratorFindsAPreconditionUnmet() {
            String evaluation = openHospital(unique("batch"), unique("sp"), "evaluator-1");
            put("/api/evaluation/evaluations/" + evaluation + "/findings/D0", EVALUATOR_1,
                    Map.of("preconditionMet", false, "notes", "2024年欺诈骗保案件"));

            Response finalised = post("/api/evaluation/evaluations/" + evaluation + "/finalize", ADMIN,
                    Map.of("failedPreconditions", Map.of("D0", "2024年欺诈骗保案件 (沪医保罚〔2024〕3号)")));

            assertThat(finalised.status()).as(finalised.body()).isEqualTo(200);
            assertThat(finalised.json().path("outcome").asString()).isEqualTo("INELIGIBLE");
            assertThat(finalised.json().path("total").isMissingNode() || finalised.json().path("total").isNull()).isTrue();
            assertThat(finalised.json().path("items")).isEmpty();
        }
    }

    @Nested
    class Rankings {

        @Test
        void shouldAwardTheBestNonVetoedSitesWithinQuotaAndPublishTheEventsWhenTheBatchIsPublished() {
            String queue = listenToEvaluationEvents();
            String batch = unique("batch");
            String best = openGrassroots(batch, unique("sp"), "evaluator-1");
            String second = openGrassroots(batch, unique("sp"), "evaluator-1");
            String vetoed = openGrassroots(batch, unique("sp"), "evaluator-1");
            scoreAllGrassrootsChecks(best, EVALUATOR_1);
            scoreAllGrassrootsChecks(second, EVALUATOR_1);
            put("/api/evaluation/evaluations/" + second + "/findings/G10", EVALUATOR_1, met(List.of()));
            put("/api/evaluation/evaluations/" + vetoed + "/findings/G8", EVALUATOR_1,
                    Map.of("vetoFindings", List.of(Map.of("description", "财政补助资金挪用", "evidence", "county audit 7"))));
            // no KPIs for these points: 76 and 66 points
            assertThat(put("/api/evaluation/batches/" + batch, ADMIN, Map.of("quotas", Map.of("GRASSROOTS_TOWNSHIP", 1),
                    "awardThreshold", 60)).status()).isEqualTo(200);
            assertThat(post("/api/evaluation/batches/" + batch + "/publish", ADMIN, null).status()).isEqualTo(409);
            for (String id : List.of(best, second)) {
                assertThat(post("/api/evaluation/evaluations/" + id + "/finalize", ADMIN, Map.of()).status()).isEqualTo(200);
            }
            assertThat(post("/api/evaluation/evaluations/" + vetoed + "/finalize", ADMIN, Map.of("confirmedVetoes", List.of("G8")))
                    .status()).isEqualTo(200);

            JsonNode ranking = get("/api/evaluation/batches/" + batch + "/rankings", ADMIN).json().path("categories").get(0);
            assertThat(ranking.path("ranked").valueStream().map(s -> s.path("evaluationId").asString())).containsExactly(best, second);
            assertThat(ranking.path("ranked").get(0).path("awardable").asBoolean()).isTrue();
            assertThat(ranking.path("ranked").get(1).path("reason").asString()).contains("quota");
            assertThat(ranking.path("vetoed").get(0).path("evaluationId").asString()).isEqualTo(vetoed);

            Response published = post("/api/evaluation/batches/" + batch + "/publish", ADMIN, null);
            assertThat(published.status()).as(published.body()).isEqualTo(200);
            assertThat(published.json().path("awards").valueStream().map(a -> a.path("evaluationId").asString())).containsExactly(best);

            List<JsonNode> received = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                Message message;
                while ((message = rabbit.receive(queue)) != null) {
                    received.add(json.readTree(message.getBody()));
                }
                assertThat(received.stream().filter(e -> e.path("type").asString().equals(RoutingKeys.EVALUATION_FINALIZED_V1)
                        && e.path("payload").path("batchId").asString().equals(batch))).hasSize(3);
                assertThat(received.stream().filter(e -> e.path("type").asString().equals(RoutingKeys.DEMONSTRATION_SITE_AWARDED_V1)))
                        .singleElement().satisfies(e -> {
                            assertThat(e.path("payload").path("batchId").asString()).isEqualTo(batch);
                            assertThat(e.path("payload").path("level").asString()).isEqualTo("COUNTY");
                            assertThat(e.path("payload").path("rank").asInt()).isEqualTo(1);
                        });
            });
            assertThat(received.stream().filter(e -> e.path("payload").path("vetoed").asBoolean())).singleElement()
                    .satisfies(e -> assertThat(e.path("payload").path("vetoReason").asString()).contains("财政补助资金挪用"));
            assertThat(post("/api/evaluation/batches/" + batch + "/publish", ADMIN, null).status()).isEqualTo(409);
        }
    }

    private static JsonNode item(JsonNode card, String code) {
        return card.path("items").valueStream().filter(i -> i.path("itemCode").asString().equals(code)).findFirst().orElseThrow();
    }
}
