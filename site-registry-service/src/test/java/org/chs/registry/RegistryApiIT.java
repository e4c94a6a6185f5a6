package org.chs.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.chs.contracts.Exchanges;
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
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The HTTP contract of areas, service points, the catalogue and the authorisation query, on the running service with real
 * MongoDB and RabbitMQ: persistence, audit fields, problem details, ETags, and the events that leave through the outbox.
 * One scenario in order, on its own province (32, Jiangsu) so that other tests sharing the context do not interfere.
 */
@PlatformServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryApiIT {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(15);
    private static final TestTokens TOKENS = TestTokens.shared();
    private static final String ADMIN = TOKENS.user("admin", "agency-admin");
    private static final String CLERK = TOKENS.clerk("clerk-x", "sp-js-county-hall");

    @LocalServerPort
    int port;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;

    private ApiClient api;
    private EventProbe events;

    @BeforeAll
    void start() {
        api = new ApiClient(port);
        events = new EventProbe(rabbit, admin, Exchanges.SITE_REGISTRY);
    }

    @AfterAll
    void stop() {
        events.close();
    }

    private static String area(String code, String level, String parent, long population, double lat, double lon, boolean urban) {
        return """
                {"code":"%s","name":"area %s","level":"%s","parentCode":%s,"population":%d,
                 "centroid":{"latitude":%s,"longitude":%s},"urbanKeyArea":%s}"""
                .formatted(code, code, level, parent == null ? "null" : "\"" + parent + "\"", population, lat, lon, urban);
    }

    @Test
    @Order(1)
    void shouldBuildTheAreaTreeAndAnswerTreeQueriesWhenAdminRegistersAreas() {
        assertThat(api.post("/api/registry/areas", ADMIN, area("32", "PROVINCE", null, 85_000_000, 32.06, 118.79, false)).status()).isEqualTo(201);
        assertThat(api.post("/api/registry/areas", ADMIN, area("3201", "CITY", "32", 9_000_000, 32.06, 118.79, false)).status()).isEqualTo(201);
        assertThat(api.post("/api/registry/areas", ADMIN, area("320115", "COUNTY", "3201", 1_000_000, 31.95, 118.84, false)).status())
                .isEqualTo(201);
        assertThat(api.post("/api/registry/areas", ADMIN, area("320115001", "TOWNSHIP", "320115", 80_000, 31.95, 118.84, true)).status())
                .isEqualTo(201);
        Response village = api.post("/api/registry/areas", ADMIN, area("320115001201", "VILLAGE", "320115001", 3_000, 31.96, 118.85, false));

        assertThat(village.status()).isEqualTo(201);
        assertThat(village.json().get("createdBy").asString()).isEqualTo("admin");
        assertThat(village.json().get("createdAt").isNull()).isFalse();
        assertThat(api.get("/api/registry/areas/320100", CLERK).json().get("code").asString()).as("GB/T 2260 padded city").isEqualTo("3201");
        assertThat(api.get("/api/registry/areas/320115/children", CLERK).json()).extracting(n -> n.get("code").asString())
                .containsExactly("320115001");
        assertThat(api.get("/api/registry/areas/320115001201/ancestors", CLERK).json()).extracting(n -> n.get("code").asString())
                .containsExactly("32", "3201", "320115", "320115001");
        assertThat(api.get("/api/registry/areas/320115/villages", CLERK).json().get("items")).extracting(n -> n.get("code").asString())
                .containsExactly("320115001201");
    }

    @Test
    @Order(2)
    void shouldAnswerProblemDetailsNamingFieldAndRuleWhenAreaIsBad() {
        Response badLength = api.post("/api/registry/areas", ADMIN, area("3201150", "TOWNSHIP", "320115", 1, 31.9, 118.8, false));
        Response missingParent = api.post("/api/registry/areas", ADMIN, area("320116001", "TOWNSHIP", "320116", 1, 31.9, 118.8, false));
        Response duplicate = api.post("/api/registry/areas", ADMIN, area("3201", "CITY", "32", 1, 31.9, 118.8, false));

        assertThat(badLength.status()).isEqualTo(400);
        assertThat(badLength.json().get("errors").get(0).get("rule").asString()).isEqualTo("length-for-level");
        assertThat(missingParent.status()).isEqualTo(422);
        assertThat(missingParent.json().get("rule").asString()).isEqualTo("parent-exists");
        assertThat(missingParent.json().get("field").asString()).isEqualTo("parentCode");
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    @Order(3)
    void shouldRegisterPointAndPublishRegisteredEventWhenAdminRegisters() {
        Response hall = api.post("/api/registry/service-points", ADMIN, """
                {"id":"sp-js-county-hall","type":"COUNTY_HALL","areaCode":"320115","name":"江宁区医保窗口","address":"江宁区",
                 "location":{"latitude":31.95,"longitude":118.84},"floorAreaSquareMetres":500,"staffCount":10,"selfServiceMachines":4,
                 "zones":["COUNTER_ACCEPTANCE"],"openingHours":[{"days":["MONDAY"],"opens":"08:30","closes":"17:00"}]}""");
        Response bank = api.post("/api/registry/service-points", ADMIN, """
                {"type":"BANK_BRANCH","areaCode":"320115001","name":"农商银行东山支行","address":"东山街道",
                 "location":{"latitude":31.951,"longitude":118.841},"floorAreaSquareMetres":150,"staffCount":2,"selfServiceMachines":1,
                 "partner":{"kind":"BANK","name":"江苏江南农村商业银行","institutionId":"bank-jnrcb"}}""");

        assertThat(hall.status()).isEqualTo(201);
        assertThat(hall.header("ETag")).isEqualTo("\"0\"");
        assertThat(bank.status()).isEqualTo(201);
        assertThat(bank.json().get("id").asString()).as("generated id").startsWith("sp-320115001-");
        JsonNode registered = events.await("service-point.registered.v1",
                p -> "sp-js-county-hall".equals(p.path("servicePointId").asString()), EVENT_TIMEOUT);
        assertThat(registered.get("producer").asString()).isEqualTo("site-registry-service");
        assertThat(registered.get("payload").get("type").asString()).isEqualTo("COUNTY_HALL");
        assertThat(registered.get("payload").get("areaCode").asString()).isEqualTo("320115");
    }

    @Test
    @Order(4)
    void shouldRefuseWhenPointBreaksItsTypesRules() {
        Response villageInCounty = api.post("/api/registry/service-points", ADMIN, """
                {"type":"VILLAGE_STATION","areaCode":"320115","name":"x","address":"x","location":{"latitude":31.9,"longitude":118.8},
                 "floorAreaSquareMetres":50,"staffCount":1,"selfServiceMachines":0}""");
        Response duplicate = api.post("/api/registry/service-points", ADMIN, """
                {"id":"sp-js-county-hall","type":"COUNTY_HALL","areaCode":"320115","name":"x","address":"x",
                 "location":{"latitude":31.9,"longitude":118.8},"floorAreaSquareMetres":50,"staffCount":1,"selfServiceMachines":0}""");
        Response clerk = api.post("/api/registry/service-points", CLERK, """
                {"type":"COUNTY_HALL","areaCode":"320115","name":"x","address":"x","location":{"latitude":31.9,"longitude":118.8},
                 "floorAreaSquareMetres":50,"staffCount":1,"selfServiceMachines":0}""");

        assertThat(villageInCounty.status()).isEqualTo(422);
        assertThat(villageInCounty.json().get("rule").asString()).isEqualTo("area-level-for-type");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("existingId").asString()).isEqualTo("sp-js-county-hall");
        assertThat(clerk.status()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void shouldListByAreaAndTypeWhenFiltered() {
        Response list = api.get("/api/registry/service-points?areaCode=32&type=BANK_BRANCH&size=10", CLERK);

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items")).hasSize(1);
        assertThat(list.json().get("hasNext").asBoolean()).isFalse();
    }

    @Test
    @Order(6)
    void shouldAuthoriseFromTheCatalogueAndAnswer304WhenVersionIsUnchanged() {
        int before = api.get("/api/registry/catalogue", CLERK).json().get("version").asInt();
        if (api.get("/api/registry/catalogue/entries/C01", CLERK).status() == 404) {
            assertThat(api.post("/api/registry/catalogue/entries", ADMIN, "{\"code\":\"C01\",\"name\":\"参保登记与缴费\",\"kind\":\"CATEGORY\"}")
                    .status()).isEqualTo(201);
            assertThat(api.post("/api/registry/catalogue/entries", ADMIN,
                    "{\"code\":\"ENR\",\"name\":\"参保登记\",\"kind\":\"MAIN_ITEM\",\"parentCode\":\"C01\"}").status()).isEqualTo(201);
        }
        Response added = api.post("/api/registry/catalogue/entries", ADMIN, """
                {"code":"ENR-77","name":"测试参保登记","kind":"SUB_ITEM","parentCode":"ENR","materials":["居民身份证"],
                 "timeLimitWorkingDays":0,"instant":true,"onlineCapable":true,"legalBasis":"《中华人民共和国社会保险法》",
                 "handlingLevels":["COUNTY","BANK"]}""");
        assertThat(added.status()).isEqualTo(201);
        int version = added.json().get("version").asInt();
        assertThat(version).isGreaterThan(before);
        assertThat(events.await("catalogue.changed.v1", p -> p.path("version").asInt() == version, EVENT_TIMEOUT).get("payload")
                .get("itemCodes").get(0).asString()).isEqualTo("ENR-77");

        Response allowed = api.get("/api/registry/service-points/sp-js-county-hall/authorisations/ENR-77", CLERK);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("ETag")).isEqualTo("\"v" + version + "-p0\"");
        assertThat(allowed.raw().body()).contains("\"reason\":null");
        assertThat(allowed.json().get("allowed").asBoolean()).isTrue();
        assertThat(allowed.json().get("servicePointName").asString()).isEqualTo("江宁区医保窗口");
        assertThat(allowed.json().get("itemName").asString()).isEqualTo("测试参保登记");
        assertThat(allowed.json().get("instant").asBoolean()).isTrue();
        assertThat(api.get("/api/registry/service-points/sp-js-county-hall/authorisations/ENR-77", CLERK,
                Map.of("If-None-Match", "\"v" + version + "-p0\"")).status()).isEqualTo(304);
        assertThat(api.get("/api/registry/service-points/sp-js-county-hall/authorisations/NOPE-01", CLERK).json().get("allowed").asBoolean())
                .isFalse();
        assertThat(api.get("/api/registry/service-points/sp-nowhere/authorisations/ENR-77", CLERK).status()).isEqualTo(404);
        assertThat(api.get("/api/registry/service-points/sp-js-county-hall/items", CLERK).json().get("items"))
                .extracting(n -> n.get("code").asString()).contains("ENR-77");
    }

    @Test
    @Order(7)
    void shouldAnswerAfreshWithTheNewNameWhenAPointIsRenamedUnderTheSameCatalogueVersion() {
        String bank = api.get("/api/registry/service-points?areaCode=320115001&type=BANK_BRANCH", CLERK).json().get("items").get(0)
                .get("id").asString();
        String path = "/api/registry/service-points/" + bank + "/authorisations/ENR-77";
        Response before = api.get(path, CLERK);
        Response renamed = api.put("/api/registry/service-points/" + bank, ADMIN, """
                {"name":"农商银行东山支行医保服务点","address":"东山街道","location":{"latitude":31.951,"longitude":118.841},
                 "partner":{"kind":"BANK","name":"江苏江南农村商业银行","institutionId":"bank-jnrcb"},
                 "floorAreaSquareMetres":150,"staffCount":2,"selfServiceMachines":1}""", Map.of());

        Response after = api.get(path, CLERK, Map.of("If-None-Match", before.header("ETag")));

        assertThat(before.json().get("servicePointName").asString()).isEqualTo("农商银行东山支行");
        assertThat(renamed.status()).as(renamed.raw().body()).isEqualTo(200);
        assertThat(after.status()).as("a renamed point is not 304 under the old ETag").isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(after.json().get("servicePointName").asString()).isEqualTo("农商银行东山支行医保服务点");
        assertThat(after.json().get("catalogueVersion").asInt()).isEqualTo(before.json().get("catalogueVersion").asInt());
        Response items = api.get("/api/registry/service-points/" + bank + "/items", CLERK);
        assertThat(items.json().get("servicePointName").asString()).isEqualTo("农商银行东山支行医保服务点");
        assertThat(items.header("ETag")).isEqualTo(after.header("ETag"));
    }

    @Test
    @Order(8)
    void shouldRefuseAuthorisationAndPublishStatusChangeWhenPointIsSuspended() {
        Response suspended = api.post("/api/registry/service-points/sp-js-county-hall/status", ADMIN,
                "{\"status\":\"SUSPENDED\",\"reason\":\"renovation\"}", Map.of("If-Match", "\"0\""));

        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.json().get("statusHistory")).hasSize(2);
        assertThat(suspended.json().get("statusHistory").get(1).get("by").asString()).isEqualTo("admin");
        JsonNode event = events.await("service-point.status-changed.v1", p -> "sp-js-county-hall".equals(p.path("servicePointId").asString()),
                EVENT_TIMEOUT);
        assertThat(event.get("payload").get("reason").asString()).isEqualTo("renovation");
        Response refused = api.get("/api/registry/service-points/sp-js-county-hall/authorisations/ENR-77", CLERK);
        assertThat(refused.json().get("allowed").asBoolean()).isFalse();
        assertThat(refused.json().get("reason").asString()).contains("SUSPENDED");
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
        assertThat(api.post("/api/registry/service-points/sp-js-county-hall/status", ADMIN, "{\"status\":\"ACTIVE\",\"reason\":\"x\"}",
                Map.of("If-Match", "\"0\"")).status()).as("stale If-Match").isEqualTo(412);
    }

    @Test
    @Order(9)
    void shouldDocumentEveryEndpointInTheOpenApiWhenAskedWithoutToken() {
        Response docs = api.get("/api/registry/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/registry/areas", "/api/registry/areas/{code}/villages",
                "/api/registry/service-points", "/api/registry/service-points/{id}/status",
                "/api/registry/service-points/{id}/authorisations/{itemCode}", "/api/registry/service-points/{id}/items",
                "/api/registry/catalogue", "/api/registry/catalogue/entries", "/api/registry/catalogue/versions",
                "/api/registry/reports/delegation", "/api/registry/reports/coverage", "/api/registry/declaration-batches",
                "/api/registry/declarations", "/api/registry/declarations/{id}/transitions", "/api/registry/declarations/{id}/nomination",
                "/api/registry/declarations/{id}/pre-check");
    }
}
