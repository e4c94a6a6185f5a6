package org.chs.registry.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.chs.contracts.DemonstrationSiteAwardedEvent;
import org.chs.contracts.EvaluationFinalizedEvent;
import org.chs.contracts.EventEnvelope;
import org.chs.contracts.Exchanges;
import org.chs.contracts.RoutingKeys;
import org.chs.registry.web.ApiClient;
import org.chs.registry.web.ApiClient.Response;
import org.chs.registry.web.EventProbe;
import org.chs.testsupport.boot.PlatformServiceTest;
import org.chs.testsupport.jwt.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demonstration site's life on the running service: declared by the station's clerk (demonstration-site.declared.v1 out),
 * built and reviewed by the agency, scored and awarded by evaluation-service (events in, applied once even when redelivered),
 * nominated to the city within the batch's quota. On its own province (35) so other tests in the context do not interfere.
 */
@PlatformServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeclarationLifecycleIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final TestTokens TOKENS = TestTokens.shared();
    private static final String ADMIN = TOKENS.user("admin", "agency-admin");
    private static final String CLERK_A = TOKENS.clerk("clerk-a", "sp-fj-township-a");
    private static final String CLERK_B = TOKENS.clerk("clerk-b", "sp-fj-township-b");
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    private static final String BATCH = "batch-fj-" + YEAR + "-county-1";
    private static final String DECLARATION_A = "dcl-" + BATCH + "-sp-fj-township-a";
    private static final String DECLARATION_B = "dcl-" + BATCH + "-sp-fj-township-b";

    @LocalServerPort
    int port;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    JsonMapper json;
    @Value("${chs.declaration.evaluation-results-queue}")
    String resultsQueue;

    private ApiClient api;
    private EventProbe events;

    @BeforeAll
    void setUp() {
        api = new ApiClient(port);
        events = new EventProbe(rabbit, admin, Exchanges.SITE_REGISTRY);
        area("35", "PROVINCE", null, 26.08, 119.30);
        area("3501", "CITY", "35", 26.08, 119.30);
        area("350121", "COUNTY", "3501", 26.15, 119.13);
        area("350121100", "TOWNSHIP", "350121", 26.15, 119.13);
        area("350121101", "TOWNSHIP", "350121", 26.10, 119.20);
        station("sp-fj-township-a", "350121100", 26.15, 119.13);
        station("sp-fj-township-b", "350121101", 26.10, 119.20);
    }

    @AfterAll
    void tearDown() {
        events.close();
    }

    private void area(String code, String level, String parent, double lat, double lon) {
        Response response = api.post("/api/registry/areas", ADMIN, """
                {"code":"%s","name":"area %s","level":"%s","parentCode":%s,"population":40000,
                 "centroid":{"latitude":%s,"longitude":%s}}""".formatted(code, code, level, parent == null ? "null" : "\"" + parent + "\"",
                lat, lon));
        assertThat(response.status()).as(response.raw().body()).isIn(201, 409);
    }

    private void station(String id, String township, double lat, double lon) {
        Response response = api.post("/api/registry/service-points", ADMIN, """
                {"id":"%s","type":"TOWNSHIP_STATION","areaCode":"%s","name":"station %s","address":"x",
                 "location":{"latitude":%s,"longitude":%s},"floorAreaSquareMetres":180,"staffCount":3,"selfServiceMachines":2,
                 "zones":["GUIDANCE_CONSULTATION","SELF_SERVICE","QUEUE_CALLING","COUNTER_ACCEPTANCE","WAITING_REST","MULTIMEDIA"]}"""
                .formatted(id, township, id, lat, lon));
        assertThat(response.status()).as(response.raw().body()).isIn(201, 409);
    }

    private void publish(String routingKey, EventEnvelope<?> envelope) {
        rabbit.send(Exchanges.EVALUATION, routingKey, MessageBuilder.withBody(json.writeValueAsBytes(envelope))
                .setContentType("application/json").setMessageId(envelope.eventId().toString()).build());
    }

    private JsonNode declaration(String id) {
        return api.get("/api/registry/declarations/" + id, ADMIN).json();
    }

    private void awaitStatus(String id, String status) {
        await().atMost(TIMEOUT).until(() -> status.equals(declaration(id).get("status").asString()));
    }

    @Test
    @Order(1)
    void shouldOpenTheBatchWhenAdminOpensIt() {
        Response batch = api.post("/api/registry/declaration-batches", ADMIN, """
                {"id":"%s","year":%d,"level":"COUNTY","name":"first batch","areaCode":"350121",
                 "quotas":{"GRASSROOTS_TOWNSHIP":2,"GRASSROOTS_VILLAGE":2,"MEDICAL_INSTITUTION":2},
                 "nominationQuotas":{"GRASSROOTS":1,"MEDICAL_INSTITUTION":1},
                 "declarationDeadline":"%d-12-31","constructionDeadline":"%d-12-31","decisionDeadline":"%d-12-31"}"""
                .formatted(BATCH, YEAR, YEAR, YEAR, YEAR));

        assertThat(batch.status()).as(batch.raw().body()).isEqualTo(201);
        assertThat(batch.json().get("quotas").get("GRASSROOTS_TOWNSHIP").asInt()).isEqualTo(2);
    }

    @Test
    @Order(2)
    void shouldDeclareWithPreCheckAndPublishDeclaredEventWhenClerkDeclaresOwnPoint() {
        Response declared = api.post("/api/registry/declarations", CLERK_A,
                "{\"batchId\":\"" + BATCH + "\",\"servicePointId\":\"sp-fj-township-a\",\"category\":\"GRASSROOTS_TOWNSHIP\"}");

        assertThat(declared.status()).as(declared.raw().body()).isEqualTo(201);
        assertThat(declared.json().get("declaration").get("id").asString()).isEqualTo(DECLARATION_A);
        assertThat(declared.json().get("declaration").get("createdBy").asString()).isEqualTo("clerk-a");
        assertThat(declared.json().get("preCheck").get("criteria")).hasSize(5);
        JsonNode payload = events.await("demonstration-site.declared.v1", p -> DECLARATION_A.equals(p.path("declarationId").asString()),
                TIMEOUT).get("payload");
        assertThat(payload.get("batchId").asString()).isEqualTo(BATCH);
        assertThat(payload.get("servicePointId").asString()).isEqualTo("sp-fj-township-a");
        assertThat(payload.get("servicePointName").asString()).isEqualTo("station sp-fj-township-a");
        assertThat(payload.get("servicePointType").asString()).isEqualTo("TOWNSHIP_STATION");
        assertThat(payload.get("category").asString()).isEqualTo("GRASSROOTS_TOWNSHIP");
        assertThat(payload.get("level").asString()).isEqualTo("COUNTY");
        assertThat(payload.get("year").asInt()).isEqualTo(YEAR);
    }

    @Test
    @Order(3)
    void shouldAnswer409WithTheExistingIdWhenDeclaredTwice() {
        Response again = api.post("/api/registry/declarations", ADMIN,
                "{\"batchId\":\"" + BATCH + "\",\"servicePointId\":\"sp-fj-township-a\",\"category\":\"GRASSROOTS_TOWNSHIP\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("existingId").asString()).isEqualTo(DECLARATION_A);
    }

    @Test
    @Order(4)
    void shouldWalkTheGuardedPhasesWhenAdminRecordsThem() {
        assertThat(api.post("/api/registry/declarations/" + DECLARATION_A + "/transitions", ADMIN, "{\"to\":\"UNDER_REVIEW\"}").json()
                .get("rule").asString()).isEqualTo("transition-allowed");
        for (String to : new String[] {"UNDER_CONSTRUCTION", "CONSTRUCTED", "UNDER_REVIEW"}) {
            Response step = api.post("/api/registry/declarations/" + DECLARATION_A + "/transitions", ADMIN, "{\"to\":\"" + to + "\"}");
            assertThat(step.status()).as(step.raw().body()).isEqualTo(200);
        }
        assertThat(api.post("/api/registry/declarations/" + DECLARATION_A + "/transitions", ADMIN, "{\"to\":\"SCORED\"}").json()
                .get("rule").asString()).isEqualTo("set-by-evaluation");
        events.await("demonstration-site.status-changed.v1",
                p -> DECLARATION_A.equals(p.path("declarationId").asString()) && "UNDER_REVIEW".equals(p.path("status").asString()), TIMEOUT);
    }

    @Test
    @Order(5)
    void shouldApplyTheScoreOnceWhenEvaluationFinalisedIsDeliveredTwice() {
        EventEnvelope<EvaluationFinalizedEvent> finalized = EventEnvelope.wrap(RoutingKeys.EVALUATION_FINALIZED_V1, "evaluation-service",
                Instant.now(), new EvaluationFinalizedEvent("evl-a", DECLARATION_A, BATCH, "sp-fj-township-a", 92.5, false, null));

        publish(RoutingKeys.EVALUATION_FINALIZED_V1, finalized);
        awaitStatus(DECLARATION_A, "SCORED");
        JsonNode scored = declaration(DECLARATION_A);
        publish(RoutingKeys.EVALUATION_FINALIZED_V1, finalized);
        publish(RoutingKeys.EVALUATION_FINALIZED_V1, EventEnvelope.wrap(RoutingKeys.EVALUATION_FINALIZED_V1, "evaluation-service",
                Instant.now(), new EvaluationFinalizedEvent("evl-marker", "dcl-unknown-" + UUID.randomUUID(), BATCH, "x", 1, false, null)));

        // the marker goes to the dead-letter queue after the duplicate has been handled: the queue is consumed in order
        await().atMost(TIMEOUT).until(() -> admin.getQueueInfo(resultsQueue + ".dlq") != null
                && admin.getQueueInfo(resultsQueue + ".dlq").getMessageCount() > 0);
        JsonNode after = declaration(DECLARATION_A);
        assertThat(after.get("score").asDouble()).isEqualTo(92.5);
        assertThat(after.get("version").asLong()).isEqualTo(scored.get("version").asLong());
        assertThat(after.get("history")).hasSize(scored.get("history").size());
    }

    @Test
    @Order(6)
    void shouldRecordTheLevelAndPublishWhenAwarded() {
        publish(RoutingKeys.DEMONSTRATION_SITE_AWARDED_V1, EventEnvelope.wrap(RoutingKeys.DEMONSTRATION_SITE_AWARDED_V1, "evaluation-service",
                Instant.now(), new DemonstrationSiteAwardedEvent(DECLARATION_A, BATCH, "sp-fj-township-a", "COUNTY", YEAR, 1)));

        awaitStatus(DECLARATION_A, "AWARDED");
        assertThat(declaration(DECLARATION_A).get("awardedLevel").asString()).isEqualTo("COUNTY");
        events.await("demonstration-site.status-changed.v1",
                p -> DECLARATION_A.equals(p.path("declarationId").asString()) && "AWARDED".equals(p.path("status").asString())
                        && "COUNTY".equals(p.path("awardedLevel").asString()), TIMEOUT);
        assertThat(api.get("/api/registry/declarations?batchId=" + BATCH + "&awardedLevel=COUNTY", ADMIN).json().get("items")).hasSize(1);
    }

    @Test
    @Order(7)
    void shouldNominateWithinTheQuotaWhenAdminNominates() {
        Response nominated = api.post("/api/registry/declarations/" + DECLARATION_A + "/nomination", ADMIN, "{}");

        assertThat(nominated.status()).as(nominated.raw().body()).isEqualTo(201);
        assertThat(nominated.json().get("toLevel").asString()).isEqualTo("CITY");
        assertThat(declaration(DECLARATION_A).get("nominatedLevel").asString()).isEqualTo("CITY");
        events.await("demonstration-site.status-changed.v1",
                p -> DECLARATION_A.equals(p.path("declarationId").asString()) && "CITY".equals(p.path("nominatedLevel").asString()), TIMEOUT);

        assertThat(api.post("/api/registry/declarations", CLERK_B,
                "{\"batchId\":\"" + BATCH + "\",\"servicePointId\":\"sp-fj-township-b\",\"category\":\"GRASSROOTS_TOWNSHIP\"}").status())
                .isEqualTo(201);
        publish(RoutingKeys.EVALUATION_FINALIZED_V1, EventEnvelope.wrap(RoutingKeys.EVALUATION_FINALIZED_V1, "evaluation-service",
                Instant.now(), new EvaluationFinalizedEvent("evl-b", DECLARATION_B, BATCH, "sp-fj-township-b", 90.0, false, null)));
        publish(RoutingKeys.DEMONSTRATION_SITE_AWARDED_V1, EventEnvelope.wrap(RoutingKeys.DEMONSTRATION_SITE_AWARDED_V1, "evaluation-service",
                Instant.now(), new DemonstrationSiteAwardedEvent(DECLARATION_B, BATCH, "sp-fj-township-b", "COUNTY", YEAR, 2)));
        awaitStatus(DECLARATION_B, "AWARDED");

        Response overQuota = api.post("/api/registry/declarations/" + DECLARATION_B + "/nomination", ADMIN, "{}");
        assertThat(overQuota.status()).isEqualTo(422);
        assertThat(overQuota.json().get("rule").asString()).isEqualTo("nomination-quota");
    }
}
