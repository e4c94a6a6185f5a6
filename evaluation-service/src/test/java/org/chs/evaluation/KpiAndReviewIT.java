package org.chs.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.chs.contracts.EventEnvelope;
import org.chs.contracts.Exchanges;
import org.chs.contracts.HandlingCompletedEvent;
import org.chs.contracts.RoutingKeys;
import org.chs.contracts.SettlementCompletedEvent;
import org.chs.contracts.SettlementReversedEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;

class KpiAndReviewIT extends EvaluationItSupport {

    private static final Instant T = Instant.parse("2026-05-15T02:00:00Z");

    @Autowired
    MongoTemplate mongo;

    private JsonNode kpis(String point, String token) {
        return get("/api/evaluation/kpis/service-points/" + point + "?from=2026-05-01&to=2026-05-31", token).json();
    }

    /** Publishes a counter handling with a review token and waits until its review can be submitted. */
    private String handlingWithToken(String point, String token) {
        String handlingId = unique("h");
        publishHandling(handling(handlingId, point, "COUNTER", true, T, T.plusSeconds(300), T.plusSeconds(600), token));
        await().atMost(Duration.ofSeconds(20)).until(() -> post("/api/evaluation/reviews", null,
                Map.of("handlingId", handlingId, "token", "not-" + token, "level", "SATISFIED")).status() == 403);
        return handlingId;
    }

    private JsonNode review(String handlingId, String token, String level) {
        Response response = post("/api/evaluation/reviews", null, Map.of("handlingId", handlingId, "token", token, "level", level,
                "comment", "窗口人员态度不好"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private static SettlementCompletedEvent settlement(String institution, String mode) {
        return new SettlementCompletedEvent(unique("stl"), unique("bill"), institution, "sp-window", "p-1", "330127", "330100",
                "INPATIENT", mode, "1955.00", "1200.00", "755.00", T);
    }

    @Nested
    class KpisFromEvents {

        @Test
        void shouldCountEachHandlingOnceWhenEventsArriveTwiceOrAreRepublished() throws InterruptedException {
            String point = unique("sp");
            EventEnvelope<HandlingCompletedEvent> first = publishHandling(
                    ticketed(handling(unique("h"), point, "COUNTER", true, T, T.plusSeconds(600), T.plusSeconds(1080), null)));
            publish(Exchanges.ENROLLMENT, first);
            HandlingCompletedEvent second = handling(unique("h"), point, "ONLINE", false, null, T, T.plusSeconds(30), null);
            publishHandling(second);
            publishHandling(second);
            // a hospital-window handling from settlement-service
            publish(Exchanges.SETTLEMENT, envelope(RoutingKeys.HANDLING_COMPLETED_V1, "settlement-service",
                    handling(unique("h"), point, "HOSPITAL_WINDOW", true, null, T.plusSeconds(60), T.plusSeconds(360), null)));
            // a counter handling as producers before queue tickets sent it: times typed by the clerk, no ticket
            publishHandling(handling(unique("h"), point, "COUNTER", true, T, T.plusSeconds(60), T.plusSeconds(120), null));
            // a self-service terminal's handling
            publishHandling(handling(unique("h"), point, "SELF_SERVICE", false, null, T, T.plusSeconds(30), null));

            await().atMost(Duration.ofSeconds(20)).until(() -> kpis(point, ADMIN).path("totals").path("handlings").asLong() == 5);
            Thread.sleep(1500); // duplicates would land within this

            JsonNode totals = kpis(point, ADMIN).path("totals");
            assertThat(totals.path("handlings").asLong()).isEqualTo(5);
            assertThat(totals.path("byChannel").path("COUNTER").asLong()).isEqualTo(2);
            assertThat(totals.path("byChannel").path("ONLINE").asLong()).isEqualTo(1);
            assertThat(totals.path("byChannel").path("HOSPITAL_WINDOW").asLong()).isEqualTo(1);
            // instant items: (8 min + 5 min) / 2; waiting: the ticketed counter handling only, 10 min — the typed times of
            // the handling without a ticket count for neither
            assertThat(totals.path("averageInstantHandlingMinutes").decimalValue()).isEqualByComparingTo("6.50");
            assertThat(totals.path("waits").asLong()).isEqualTo(1);
            assertThat(totals.path("averageWaitingMinutes").decimalValue()).isEqualByComparingTo("10.00");
            // online and self-service are separate rates
            assertThat(totals.path("onlineRatePercent").decimalValue()).isEqualByComparingTo("20");
            assertThat(totals.path("selfServiceHandlings").asLong()).isEqualTo(1);
            assertThat(totals.path("selfServiceRatePercent").decimalValue()).isEqualByComparingTo("20");
        }

        @Test
        void shouldKeepTheDirectSettlementRatePerInstitutionWhenSettlementsAndReversalsArriveTwice() throws InterruptedException {
            String institution = unique("inst");
            SettlementCompletedEvent direct = settlement(institution, "DIRECT");
            EventEnvelope<SettlementCompletedEvent> once = envelope(RoutingKeys.SETTLEMENT_COMPLETED_V1, "settlement-service", direct);
            publish(Exchanges.SETTLEMENT, once);
            publish(Exchanges.SETTLEMENT, once);
            publish(Exchanges.SETTLEMENT, envelope(RoutingKeys.SETTLEMENT_COMPLETED_V1, "settlement-service", settlement(institution, "DIRECT")));
            publish(Exchanges.SETTLEMENT, envelope(RoutingKeys.SETTLEMENT_COMPLETED_V1, "settlement-service", settlement(institution, "MANUAL")));
            String path = "/api/evaluation/kpis/institutions/" + institution + "?from=2026-05-01&to=2026-05-31";

            await().atMost(Duration.ofSeconds(20)).until(() -> get(path, ADMIN).json().path("totals").path("manualSettlements").asLong() == 1);

            JsonNode totals = get(path, EVALUATOR_1).json().path("totals");
            assertThat(totals.path("directSettlements").asLong()).isEqualTo(2);
            assertThat(totals.path("directSettlementRatePercent").decimalValue()).isEqualByComparingTo("66.67");

            // a timed-out settlement reversed (冲正), twice delivered: it leaves the counters once
            EventEnvelope<SettlementReversedEvent> reversal = envelope(RoutingKeys.SETTLEMENT_REVERSED_V1, "settlement-service",
                    new SettlementReversedEvent(direct.settlementId(), direct.billNumber(), institution, "sp-window", "p-1", "330127",
                            "330100", "DIRECT", "1200.00", "timeout", T.plusSeconds(30)));
            publish(Exchanges.SETTLEMENT, reversal);
            publish(Exchanges.SETTLEMENT, reversal);
            await().atMost(Duration.ofSeconds(20)).until(() -> get(path, ADMIN).json().path("totals").path("directSettlements").asLong() == 1);
            Thread.sleep(1000);
            assertThat(get(path, ADMIN).json().path("totals").path("directSettlementRatePercent").decimalValue()).isEqualByComparingTo("50");
        }

        @Test
        void shouldCompareTheKpisWithTheSourceStandardsWhenReported() {
            String point = unique("sp");
            publishHandling(ticketed(handling(unique("h"), point, "COUNTER", true, T, T.plusSeconds(1200), T.plusSeconds(1500), null)));
            await().atMost(Duration.ofSeconds(20)).until(() -> kpis(point, ADMIN).path("totals").path("handlings").asLong() == 1);

            JsonNode report = kpis(point, EVALUATOR_1);
            assertThat(report.path("checks").valueStream().map(c -> c.path("kpi").asString() + " " + c.path("comparison").asString()
                    + " " + c.path("bound").asString() + " " + c.path("met").asString()))
                    .contains("AVERAGE_INSTANT_HANDLING_MINUTES <= 10 true", "AVERAGE_WAITING_MINUTES <= 15 false",
                            "ONLINE_RATE >= 80 false");
            assertThat(report.path("months").has("2026-05")).isTrue();
        }

        @Test
        void shouldCountHandlingsByItemFromTheEventAndListThePointInTheOverview() {
            String point = unique("sp");
            publishHandling(ticketed(handling(unique("h"), point, "COUNTER", true, T, T.plusSeconds(60), T.plusSeconds(120), null)));
            publishHandling(handling(unique("h"), point, "ONLINE", false, null, T, T.plusSeconds(30), null));
            await().atMost(Duration.ofSeconds(20)).until(() -> kpis(point, ADMIN).path("totals").path("handlings").asLong() == 2);

            assertThat(kpis(point, ADMIN).path("months").path("2026-05").path("byItem").path("ENR-02").asLong()).isEqualTo(2);
            String overview = "/api/evaluation/kpis/service-points?from=2026-05-01&to=2026-05-31";
            JsonNode entry = get(overview, EVALUATOR_1).json().path("points").valueStream()
                    .filter(p -> p.path("servicePointId").asString().equals(point)).findFirst().orElseThrow();
            assertThat(entry.path("totals").path("onlineRatePercent").decimalValue()).isEqualByComparingTo("50");
            assertThat(entry.path("checks").valueStream().map(c -> c.path("kpi").asString() + " " + c.path("met").asString()))
                    .contains("ONLINE_RATE false", "AVERAGE_WAITING_MINUTES true");
            assertThat(get(overview, TOKENS.clerk("clerk-1", point)).status()).isEqualTo(403);
            assertThat(get("/api/evaluation/kpis/service-points?from=2026-01-01&to=2027-01-03", ADMIN).status()).isEqualTo(422);
        }

        @Test
        void shouldShowAClerkTheKpisOfTheirOwnPointOnly() {
            String point = unique("sp");

            assertThat(get("/api/evaluation/kpis/service-points/" + point + "?from=2026-05-01&to=2026-05-31",
                    TOKENS.clerk("clerk-1", point)).status()).isEqualTo(200);
            assertThat(get("/api/evaluation/kpis/service-points/" + point + "?from=2026-05-01&to=2026-05-31",
                    TOKENS.clerk("clerk-2", "sp-elsewhere")).status()).isEqualTo(403);
            assertThat(get("/api/evaluation/kpis/service-points/" + point + "?from=2026-05-31&to=2026-05-01", ADMIN).status())
                    .isEqualTo(422);
        }
    }

    @Nested
    class Invitation {

        private Response invitation(String handlingId, String token) {
            return send("GET", "/api/evaluation/reviews/" + handlingId + "/invitation", null, null,
                    token == null ? Map.of() : Map.of("X-Review-Token", token));
        }

        private String namedHandling(String point, String pointName, String token) {
            String handlingId = unique("h");
            publishHandling(handling(handlingId, point, pointName, "COUNTER", true, T, T.plusSeconds(300), T.plusSeconds(600), token));
            await().atMost(Duration.ofSeconds(20)).until(() -> invitation(handlingId, token).status() == 200);
            return handlingId;
        }

        @Test
        void shouldShowItemAndPointWithoutAnAccountUntilReviewedThenTheLevel() {
            String point = unique("sp");
            String handlingId = namedHandling(point, "汾口镇便民服务中心医保服务点", "tok-" + point);

            Response before = invitation(handlingId, "tok-" + point);
            review(handlingId, "tok-" + point, "SATISFIED");
            Response after = invitation(handlingId, "tok-" + point);

            assertThat(before.status()).isEqualTo(200);
            assertThat(before.raw().headers().firstValue("Cache-Control")).hasValue("no-store");
            JsonNode shown = before.json();
            assertThat(shown.path("handlingId").asString()).isEqualTo(handlingId);
            assertThat(shown.path("itemCode").asString()).isEqualTo("ENR-02");
            assertThat(shown.path("itemName").asString()).isEqualTo("参保信息变更登记");
            assertThat(shown.path("servicePointId").asString()).isEqualTo(point);
            assertThat(shown.path("servicePointName").asString()).isEqualTo("汾口镇便民服务中心医保服务点");
            assertThat(shown.path("handlingDay").asString()).isEqualTo("2026-05-15");
            assertThat(shown.path("completedAt").asString()).isEqualTo(T.plusSeconds(600).toString());
            assertThat(shown.path("reviewed").asBoolean()).isFalse();
            assertThat(shown.has("reviewedLevel")).isTrue();
            assertThat(shown.path("reviewedLevel").isNull()).isTrue();
            assertThat(after.json().path("reviewed").asBoolean()).isTrue();
            assertThat(after.json().path("reviewedLevel").asString()).isEqualTo("SATISFIED");
        }

        @Test
        void shouldAnswerLikeTheSubmissionWhenTheTokenIsWrongOrTheHandlingUnknown() {
            String point = unique("sp");
            String handlingId = namedHandling(point, null, "tok-" + point);

            Response wrong = invitation(handlingId, "not-tok-" + point);
            Response wrongReview = post("/api/evaluation/reviews", null, Map.of("handlingId", handlingId, "token", "not-tok-" + point,
                    "level", "SATISFIED"));
            Response unknown = invitation(unique("h"), "tok-" + point);
            Response missing = invitation(handlingId, null);

            assertThat(wrong.status()).isEqualTo(403);
            assertThat(wrong.json().path("type").asString()).isEqualTo(wrongReview.json().path("type").asString()).endsWith("/forbidden");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.json().path("type").asString()).endsWith("/handling-not-received");
            assertThat(missing.status()).isEqualTo(400);
            assertThat(missing.json().path("errors").get(0).path("field").asString()).isEqualTo("X-Review-Token");
        }

        @Test
        void shouldFallBackToNoNameWhenAnOlderProducerDidNotNameThePoint() {
            String point = unique("sp");
            String handlingId = namedHandling(point, null, "tok-" + point);

            JsonNode shown = invitation(handlingId, "tok-" + point).json();

            assertThat(shown.path("servicePointId").asString()).isEqualTo(point);
            assertThat(shown.has("servicePointName")).isTrue();
            assertThat(shown.path("servicePointName").isNull()).isTrue();
        }

        @Test
        void shouldDocumentTheInvitationAsPublicLikeTheSubmission() {
            JsonNode paths = get("/api/evaluation/v3/api-docs", null).json().path("paths");
            JsonNode invitation = paths.path("/api/evaluation/reviews/{handlingId}/invitation").path("get");

            assertThat(invitation.isMissingNode()).isFalse();
            assertThat(invitation.path("security").isArray()).isTrue();
            assertThat(invitation.path("security")).isEmpty();
            assertThat(invitation.path("security")).isEqualTo(paths.path("/api/evaluation/reviews").path("post").path("security"));
            assertThat(invitation.path("parameters").valueStream()
                    .anyMatch(p -> p.path("in").asString().equals("header") && p.path("name").asString().equals("X-Review-Token")
                            && p.path("required").asBoolean())).isTrue();
        }
    }

    @Nested
    class Reasons {

        @Test
        void shouldKeepTheReasonsAndShowThemInTheRectificationWhenABadReviewGivesThem() {
            String point = unique("sp");
            String handlingId = handlingWithToken(point, "tok-" + point);

            Response bad = post("/api/evaluation/reviews", null, Map.of("handlingId", handlingId, "token", "tok-" + point,
                    "level", "DISSATISFIED", "reasons", List.of("LONG_WAIT", "MULTIPLE_VISITS", "OTHER"), "comment", "跑了两次"));

            assertThat(bad.status()).as(bad.body()).isEqualTo(201);
            assertThat(bad.json().path("reasons").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("LONG_WAIT", "MULTIPLE_VISITS", "OTHER");
            assertThat(bad.json().path("rectification").path("reasons").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("LONG_WAIT", "MULTIPLE_VISITS", "OTHER");
            assertThat(bad.json().path("rectification").path("comment").asString()).isEqualTo("跑了两次");
            JsonNode listed = get("/api/evaluation/rectifications?servicePointId=" + point, TOKENS.clerk("clerk-" + point, point)).json();
            assertThat(listed.path("items").get(0).path("reasons").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("LONG_WAIT", "MULTIPLE_VISITS", "OTHER");
            assertThat(listed.path("items").get(0).path("rectification").path("reasons")).hasSize(3);
            assertThat(get("/api/evaluation/reviews/" + handlingId, ADMIN).json().path("reasons")).hasSize(3);
        }

        @Test
        void shouldRefuseNamingReasonsAndStoreNothingWhenAReasonDoesNotFitTheLevel() {
            String point = unique("sp");
            String handlingId = handlingWithToken(point, "tok-" + point);

            Response positiveInBad = post("/api/evaluation/reviews", null, Map.of("handlingId", handlingId, "token", "tok-" + point,
                    "level", "VERY_DISSATISFIED", "reasons", List.of("LONG_WAIT", "EFFICIENT")));
            Response negativeInGood = post("/api/evaluation/reviews", null, Map.of("handlingId", handlingId, "token", "tok-" + point,
                    "level", "BASICALLY_SATISFIED", "reasons", List.of("POOR_ATTITUDE")));
            Response twice = post("/api/evaluation/reviews", null, Map.of("handlingId", handlingId, "token", "tok-" + point,
                    "level", "SATISFIED", "reasons", List.of("EFFICIENT", "EFFICIENT")));

            for (Response refused : List.of(positiveInBad, negativeInGood, twice)) {
                assertThat(refused.status()).as(refused.body()).isEqualTo(400);
                assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("reasons");
            }
            assertThat(positiveInBad.json().path("errors").get(0).path("rule").asString()).isEqualTo("matches-level");
            assertThat(negativeInGood.json().path("errors").get(0).path("rule").asString()).isEqualTo("matches-level");
            assertThat(twice.json().path("errors").get(0).path("rule").asString()).isEqualTo("distinct");
            // nothing was stored: the handling can still be reviewed
            Response good = post("/api/evaluation/reviews", null, Map.of("handlingId", handlingId, "token", "tok-" + point,
                    "level", "VERY_SATISFIED", "reasons", List.of("FRIENDLY_SERVICE", "OTHER")));
            assertThat(good.status()).isEqualTo(201);
            assertThat(good.json().path("reasons")).hasSize(2);
        }
    }

    @Nested
    class Reviews {

        @Test
        void shouldAcceptOneReviewPerHandlingWhenTheTokenMatches() {
            String point = unique("sp");
            String handlingId = handlingWithToken(point, "tok-" + point);

            JsonNode accepted = review(handlingId, "tok-" + point, "VERY_SATISFIED");
            Response again = post("/api/evaluation/reviews", null, Map.of("handlingId", handlingId, "token", "tok-" + point,
                    "level", "SATISFIED"));

            assertThat(accepted.path("bad").asBoolean()).isFalse();
            assertThat(accepted.path("rectification").isMissingNode() || accepted.path("rectification").isNull()).isTrue();
            assertThat(again.status()).isEqualTo(409);
            assertThat(kpis(point, ADMIN).path("totals").path("satisfactionRatePercent").decimalValue()).isEqualByComparingTo("100");
        }

        @Test
        void shouldAnswer404WithAClearMessageWhenTheHandlingHasNotArrived() {
            Response response = post("/api/evaluation/reviews", null, Map.of("handlingId", unique("h"), "token", "x", "level", "SATISFIED"));

            assertThat(response.status()).isEqualTo(404);
            assertThat(response.json().path("type").asString()).endsWith("/handling-not-received");
            assertThat(response.json().path("detail").asString()).contains("try again shortly");
        }

        @Test
        void shouldRejectAnInvalidLevelNamingTheField() {
            Response response = post("/api/evaluation/reviews", null, Map.of("handlingId", "h", "token", "x", "level", "MEH"));

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("level");
        }

        @Test
        void shouldCloseTheLoopWhenABadReviewIsAnsweredByThePointAndClosedByTheAgency() {
            String point = unique("sp");
            String handlingId = handlingWithToken(point, "tok-" + point);
            String clerk = TOKENS.clerk("clerk-" + point, point);

            JsonNode bad = review(handlingId, "tok-" + point, "VERY_DISSATISFIED");
            assertThat(bad.path("rectification").path("status").asString()).isEqualTo("OPEN");
            assertThat(kpis(point, ADMIN).path("totals").path("unrectifiedBadReviews").asLong()).isEqualTo(1);
            assertThat(post("/api/evaluation/rectifications/" + handlingId + "/close", ADMIN, Map.of()).status()).isEqualTo(409);
            assertThat(post("/api/evaluation/rectifications/" + handlingId + "/answer", TOKENS.clerk("clerk-x", "sp-elsewhere"),
                    Map.of("answer", "x")).status()).isEqualTo(403);
            assertThat(post("/api/evaluation/rectifications/" + handlingId + "/answer", ADMIN, Map.of("answer", "x")).status())
                    .isEqualTo(403);

            Response answered = post("/api/evaluation/rectifications/" + handlingId + "/answer", clerk,
                    Map.of("answer", "已对窗口人员开展服务规范培训"));
            Response closed = post("/api/evaluation/rectifications/" + handlingId + "/close", ADMIN, Map.of("note", "回访群众满意"));

            assertThat(answered.json().path("rectification").path("status").asString()).isEqualTo("ANSWERED");
            assertThat(answered.json().path("rectification").path("answeredBy").asString()).isEqualTo("clerk-" + point);
            assertThat(closed.json().path("rectification").path("status").asString()).isEqualTo("CLOSED");
            JsonNode totals = kpis(point, ADMIN).path("totals");
            assertThat(totals.path("badReviews").asLong()).isEqualTo(1);
            assertThat(totals.path("unrectifiedBadReviews").asLong()).isEqualTo(0);
            assertThat(totals.path("satisfactionRatePercent").decimalValue()).isEqualByComparingTo("0");
        }

        @Test
        void shouldListOverdueRectificationsToTheAgencyAndThePoint() {
            String point = unique("sp");
            String handlingId = handlingWithToken(point, "tok-" + point);
            review(handlingId, "tok-" + point, "DISSATISFIED");
            String path = "/api/evaluation/rectifications?overdue=true&servicePointId=" + point;
            assertThat(get(path, ADMIN).json().path("total").asLong()).isZero();

            mongo.updateFirst(Query.query(Criteria.where("_id").is(handlingId)),
                    new Update().set("rectification.dueAt", Instant.now().minusSeconds(3600)), "reviews");

            JsonNode overdue = get(path, ADMIN).json();
            assertThat(overdue.path("total").asLong()).isEqualTo(1);
            assertThat(overdue.path("items").get(0).path("rectification").path("overdue").asBoolean()).isTrue();
            assertThat(get(path, TOKENS.clerk("clerk-" + point, point)).json().path("total").asLong()).isEqualTo(1);
            assertThat(get(path, TOKENS.clerk("clerk-x", "sp-elsewhere")).status()).isEqualTo(403);
        }
    }
}
