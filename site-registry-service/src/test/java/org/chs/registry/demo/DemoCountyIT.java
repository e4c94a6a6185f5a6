package org.chs.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.chs.registry.web.ApiClient;
import org.chs.registry.web.ApiClient.Response;
import org.chs.testsupport.boot.PlatformServiceTest;
import org.chs.testsupport.jwt.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/** The demo county as the local stack loads it ({@code CHS_DEMO_DATA=true}), through the API the other services and the console use. */
@PlatformServiceTest
@TestPropertySource(properties = "chs.demo-data.enabled=true")
class DemoCountyIT {

    private static final TestTokens TOKENS = TestTokens.shared();
    private static final String ADMIN = TOKENS.user("admin", "agency-admin");
    private static final String CLERK = TOKENS.clerk("clerk-county", "sp-chunan-county-hall");

    @LocalServerPort
    int port;
    @Autowired
    DemoDataLoader loader;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private boolean allowed(String point, String item) {
        Response answer = api.get("/api/registry/service-points/" + point + "/authorisations/" + item, CLERK);
        assertThat(answer.status()).as(point + " " + item).isEqualTo(200);
        return answer.json().get("allowed").asBoolean();
    }

    private List<String> allPointIds() {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode slice = api.get("/api/registry/service-points?areaCode=330127&size=100&page=" + page, CLERK).json();
            slice.get("items").forEach(p -> ids.add(p.get("id").asString()));
            if (!slice.get("hasNext").asBoolean()) {
                return ids;
            }
        }
    }

    @Nested
    class Seeded {

        @Test
        void shouldHaveTheCountyWithItsTwentyThreeTownshipsWhenLoaded() {
            JsonNode county = api.get("/api/registry/areas/330127", CLERK).json();
            JsonNode townships = api.get("/api/registry/areas/330127/children", CLERK).json();

            assertThat(county.get("name").asString()).isEqualTo("淳安县");
            assertThat(county.get("population").asLong()).isBetween(440_000L, 480_000L);
            assertThat(townships).hasSize(23);
            assertThat(townships).extracting(t -> t.get("name").asString()).contains("千岛湖镇", "汾口镇", "枫树岭镇", "安阳乡");
            assertThat(api.get("/api/registry/areas/330127100", CLERK).json().get("urbanKeyArea").asBoolean()).isTrue();
            assertThat(api.get("/api/registry/areas/330100/children", CLERK).json()).extracting(a -> a.get("code").asString())
                    .containsExactly("330127");
        }

        @Test
        void shouldHaveThePointsWithTheFixedIdsTheTokensCarry() {
            assertThat(allPointIds()).contains("sp-chunan-county-hall", "sp-fenkou-township", "sp-fenkou-village", "sp-bank-icbc-qiandaohu",
                    "sp-bank-rcb-fenkou", "sp-hospital-chunan-first", "sp-hospital-chunan-tcm", "sp-hospital-chunan-second",
                    "sp-hospital-chunan-mch");
            JsonNode first = api.get("/api/registry/service-points/sp-hospital-chunan-first", CLERK).json();
            assertThat(first.get("type").asString()).isEqualTo("HOSPITAL_WINDOW");
            assertThat(first.get("partner").get("institutionId").asString()).isEqualTo("inst-chunan-first-peoples");
            assertThat(api.get("/api/registry/service-points/sp-hospital-chunan-tcm", CLERK).json().get("partner").get("institutionId")
                    .asString()).isEqualTo("inst-chunan-tcm");
            assertThat(api.get("/api/registry/service-points/sp-fenkou-village", CLERK).json().get("areaCode").asString())
                    .startsWith("330127107");
        }

        @Test
        void shouldAuthoriseAsTheCatalogueDelegatesWhenAskedByOtherServices() {
            assertThat(allowed("sp-bank-rcb-fenkou", "ENR-01")).as("banks do not enrol employees").isFalse();
            assertThat(allowed("sp-bank-rcb-fenkou", "ENR-02")).isTrue();
            assertThat(allowed("sp-bank-icbc-qiandaohu", "QRY-03")).isTrue();
            assertThat(allowed("sp-chunan-county-hall", "ENR-01")).isTrue();
            assertThat(allowed("sp-fenkou-township", "ENR-01")).isTrue();
            assertThat(allowed("sp-fenkou-village", "ENR-01")).isFalse();
            assertThat(allowed("sp-fenkou-village", "PAY-01")).isTrue();
            assertThat(allowed("sp-hospital-chunan-first", "ENR-03")).isTrue();
            assertThat(allowed("sp-hospital-chunan-tcm", "CHR-01")).isTrue();
            assertThat(allowed("sp-hospital-chunan-first", "SPD-04")).isTrue();
            assertThat(allowed("sp-hospital-chunan-first", "FIL-02")).isTrue();
            assertThat(allowed("sp-hospital-chunan-first", "PAY-01")).isFalse();
            assertThat(api.get("/api/registry/service-points/sp-bank-rcb-fenkou/items", CLERK).json().get("items")).hasSize(15);
        }

        @Test
        void shouldMeetTheThirtyPercentRuleForEveryGrassrootsPointWhenReported() {
            JsonNode report = api.get("/api/registry/reports/delegation?countyCode=330127", ADMIN).json();

            assertThat(report.get("countyListSize").asInt()).isEqualTo(32);
            assertThat(report.get("pointCount").asInt()).isGreaterThanOrEqualTo(10);
            assertThat(report.get("meetingRule").asInt()).isEqualTo(report.get("pointCount").asInt());
            assertThat(api.get("/api/registry/reports/delegation?countyCode=330127", CLERK).status()).isEqualTo(403);
        }

        @Test
        void shouldShowCoveredAndUncoveredVillagesWhenCoverageIsReported() {
            JsonNode report = api.get("/api/registry/reports/coverage?countyCode=330127", ADMIN).json();

            assertThat(report.get("coveredVillages").asInt()).isPositive().isLessThan(report.get("villages").asInt());
            assertThat(report.get("travelModel").get("detourFactor").asDouble()).isEqualTo(1.4);
            JsonNode firstUncovered = report.get("villageDetails").get(0);
            assertThat(firstUncovered.get("covered").asBoolean()).isFalse();
            assertThat(firstUncovered.get("nearestPointId").asString()).startsWith("sp-");
            assertThat(firstUncovered.get("travelMinutes").asDouble()).isGreaterThan(firstUncovered.get("circleMinutes").asDouble());
            JsonNode jinxian = api.get("/api/registry/reports/coverage?countyCode=330127&uncoveredOnly=true", ADMIN).json()
                    .get("villageDetails");
            assertThat(jinxian).anySatisfy(v -> {
                assertThat(v.get("name").asString()).isEqualTo("进贤村");
                assertThat(v.get("urbanKeyArea").asBoolean()).isTrue();
                assertThat(v.get("circleMinutes").asInt()).isEqualTo(15);
            });
            JsonNode faster = api.get("/api/registry/reports/coverage?countyCode=330127&ruralSpeedKmh=60", ADMIN).json();
            assertThat(faster.get("coveredVillages").asInt()).isGreaterThan(report.get("coveredVillages").asInt());
        }

        @Test
        void shouldHaveTheFirstBatchOpenForDeclarations() {
            JsonNode batch = api.get("/api/registry/declaration-batches/batch-chunan-county-1", CLERK).json();

            assertThat(batch.get("quotas").get("GRASSROOTS_TOWNSHIP").asInt()).isEqualTo(2);
            assertThat(batch.get("quotas").get("GRASSROOTS_VILLAGE").asInt()).isEqualTo(2);
            assertThat(batch.get("quotas").get("MEDICAL_INSTITUTION").asInt()).isEqualTo(2);
            assertThat(batch.get("nominationQuotas").get("GRASSROOTS").asInt()).isEqualTo(1);
            JsonNode preCheck = api.get("/api/registry/service-points/sp-fenkou-township/pre-check?category=GRASSROOTS_TOWNSHIP", CLERK).json();
            assertThat(preCheck.get("passed").asBoolean()).isTrue();
        }
    }

    @Nested
    class LoadedAgain {

        @Test
        void shouldChangeNothingWhenTheLoaderRunsASecondTime() throws Exception {
            JsonNode catalogueBefore = api.get("/api/registry/catalogue/versions", CLERK).json();
            List<String> pointsBefore = allPointIds();
            long hallVersion = api.get("/api/registry/service-points/sp-chunan-county-hall", CLERK).json().get("version").asLong();

            loader.run(new DefaultApplicationArguments());

            assertThat(api.get("/api/registry/catalogue/versions", CLERK).json()).isEqualTo(catalogueBefore);
            assertThat(api.get("/api/registry/catalogue", CLERK).json().get("version").asInt()).isEqualTo(1);
            assertThat(allPointIds()).isEqualTo(pointsBefore);
            assertThat(api.get("/api/registry/service-points/sp-chunan-county-hall", CLERK).json().get("version").asLong())
                    .isEqualTo(hallVersion);
            assertThat(api.get("/api/registry/areas/330127/children", CLERK).json()).hasSize(23);
        }
    }
}
