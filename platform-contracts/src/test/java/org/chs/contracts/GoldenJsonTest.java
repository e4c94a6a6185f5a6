package org.chs.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds producers and consumers together: every event, in its envelope, must serialise to the checked-in golden JSON and read
 * back to an equal record. A failing test here means a contract changed: make it additive, or publish a new {@code .vN}.
 */
class GoldenJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID EVENT_ID = UUID.fromString("0b6f3c1e-5d2a-4c1b-9a7e-2f1d3c4b5a69");
    private static final Instant AT = Instant.parse("2026-05-15T08:30:00Z");

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("service-point-registered.v1.json", RoutingKeys.SERVICE_POINT_REGISTERED_V1, "site-registry-service",
                        new ServicePointRegisteredEvent("sp-330127-001", "淳安县行政服务中心医保窗口", "COUNTY_HALL", "330127", null)),
                Arguments.of("service-point-status-changed.v1.json", RoutingKeys.SERVICE_POINT_STATUS_CHANGED_V1,
                        "site-registry-service",
                        new ServicePointStatusChangedEvent("sp-330127-001", "SUSPENDED", "renovation")),
                Arguments.of("person-enrolled.v1.json", RoutingKeys.PERSON_ENROLLED_V1, "enrollment-service",
                        new PersonEnrolledEvent("psn-5a1f0c2e-7d3b-4e8a-9c61-0f2b3d4e5a6b", "URBAN_RURAL_RESIDENT", "330127",
                                java.time.LocalDate.parse("2026-05-10"), true, "psn-1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b",
                                "hdl-9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4", AT)),
                Arguments.of("person-status-changed.v1.json", RoutingKeys.PERSON_STATUS_CHANGED_V1, "enrollment-service",
                        new PersonStatusChangedEvent("psn-5a1f0c2e-7d3b-4e8a-9c61-0f2b3d4e5a6b", "URBAN_RURAL_RESIDENT", "ACTIVE",
                                "TRANSFERRED_OUT", "moved to Hangzhou", java.time.LocalDate.parse("2026-05-15"), "330106",
                                "hdl-9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4", AT)),
                Arguments.of("handling-completed.v1.json", RoutingKeys.HANDLING_COMPLETED_V1, "enrollment-service",
                        new HandlingCompletedEvent("hdl-9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4", "ENR-02", "城乡居民参保登记", true,
                                "sp-chunan-county-hall", "clerk-county", "COUNTER", Instant.parse("2026-05-15T08:12:00Z"),
                                Instant.parse("2026-05-15T08:24:00Z"), AT, "psn-5a1f0c2e-7d3b-4e8a-9c61-0f2b3d4e5a6b",
                                "3f1c2b8e5d7a9c0e4b6a8d2f1e3c5b7a9d0e2f4a6c8b1d3e5f7a9c0b2d4e6f8a", "COMPLETED", "LIVE",
                                "淳安县行政服务中心医保窗口", "tk-4c2e8f1a-6b3d-4e5f-8a7b-9c0d1e2f3a4b")),
                Arguments.of("catalogue-changed.v1.json", RoutingKeys.CATALOGUE_CHANGED_V1, "site-registry-service",
                        new CatalogueChangedEvent(2, 1, "UPDATED", java.util.List.of("ENR-02"), 32, "updated ENR-02")),
                Arguments.of("demonstration-site-declared.v1.json", RoutingKeys.DEMONSTRATION_SITE_DECLARED_V1, "site-registry-service",
                        new DemonstrationSiteDeclaredEvent("dcl-2022-county-1-sp-fenkou-township", "batch-2022-county-1",
                                "sp-fenkou-township", "汾口镇医保服务站", "TOWNSHIP_STATION", "GRASSROOTS_TOWNSHIP", "COUNTY", 2022,
                                "330127107", java.time.LocalDate.parse("2022-05-10"))),
                Arguments.of("demonstration-site-status-changed.v1.json", RoutingKeys.DEMONSTRATION_SITE_STATUS_CHANGED_V1,
                        "site-registry-service",
                        new DemonstrationSiteStatusChangedEvent("dcl-2022-county-1-sp-fenkou-township", "batch-2022-county-1",
                                "sp-fenkou-township", "AWARDED", "SCORED", "COUNTY", null, java.time.LocalDate.parse("2022-09-28"),
                                "awarded COUNTY by evaluation-service")),
                Arguments.of("evaluation-finalized.v1.json", RoutingKeys.EVALUATION_FINALIZED_V1, "evaluation-service",
                        new EvaluationFinalizedEvent("evl-2b7c9d1e", "dcl-2022-county-1-sp-fenkou-township", "batch-2022-county-1",
                                "sp-fenkou-township", 92.5, false, null)),
                Arguments.of("demonstration-site-awarded.v1.json", RoutingKeys.DEMONSTRATION_SITE_AWARDED_V1, "evaluation-service",
                        new DemonstrationSiteAwardedEvent("dcl-2022-county-1-sp-fenkou-township", "batch-2022-county-1",
                                "sp-fenkou-township", "COUNTY", 2022, 1)),
                Arguments.of("settlement-completed.v1.json", RoutingKeys.SETTLEMENT_COMPLETED_V1, "settlement-service",
                        new SettlementCompletedEvent("stl-3c2b1a09-8f7e-4d6c-b5a4-938271605f4e", "ZY20260510-0042",
                                "inst-chunan-first-peoples", "sp-hospital-chunan-first", "psn-5a1f0c2e-7d3b-4e8a-9c61-0f2b3d4e5a6b",
                                "310101", "330127", "INPATIENT", "DIRECT", "3000.00",
                                "1955.00", "1045.00", AT)),
                Arguments.of("settlement-reversed.v1.json", RoutingKeys.SETTLEMENT_REVERSED_V1, "settlement-service",
                        new SettlementReversedEvent("stl-3c2b1a09-8f7e-4d6c-b5a4-938271605f4e", "ZY20260510-0042",
                                "inst-chunan-first-peoples", "sp-hospital-chunan-first", "psn-5a1f0c2e-7d3b-4e8a-9c61-0f2b3d4e5a6b",
                                "310101", "330127", "DIRECT", "1955.00", "timeout at the cashier", AT)),
                Arguments.of("clearing-statement-issued.v1.json", RoutingKeys.CLEARING_STATEMENT_ISSUED_V1, "settlement-service",
                        new ClearingStatementIssuedEvent("cls-2026-04-310101-330127", "2026-04", "310101", "330127", 42, 1,
                                "81234.56", AT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void shouldMatchGoldenJsonAndRoundTripWhenSerialised(String golden, String routingKey, String producer, Object payload)
            throws IOException {
        EventEnvelope<Object> envelope = new EventEnvelope<>(EVENT_ID, routingKey, AT, producer, RoutingKeys.versionOf(routingKey),
                payload);

        JsonNode expected = JSON.readTree(read(golden));
        JsonNode actual = JSON.valueToTree(envelope);
        assertThat((Object) actual).as("serialised form of %s", golden).isEqualTo(expected);

        JavaType type = JSON.getTypeFactory().constructParametricType(EventEnvelope.class, payload.getClass());
        EventEnvelope<?> back = JSON.readValue(read(golden), type);
        assertThat(back).isEqualTo(envelope);
    }

    @Nested
    class AdditiveChanges {

        @Test
        void shouldReadAHandlingWithoutItsPointNameWhenAnOlderProducerSentIt() throws IOException {
            JavaType type = JSON.getTypeFactory().constructParametricType(EventEnvelope.class, HandlingCompletedEvent.class);

            EventEnvelope<HandlingCompletedEvent> old = JSON.readValue(read("handling-completed.v1.before-service-point-name.json"), type);

            assertThat(old.payload().servicePointName()).isNull();
            assertThat(old.payload().servicePointId()).isEqualTo("sp-chunan-county-hall");
            assertThat(old.payload().reviewTokenHash()).hasSize(64);
            assertThat(old.payload()).isEqualTo(new HandlingCompletedEvent("hdl-9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4", "ENR-02",
                    "城乡居民参保登记", true, "sp-chunan-county-hall", "clerk-county", "COUNTER", Instant.parse("2026-05-15T08:12:00Z"),
                    Instant.parse("2026-05-15T08:24:00Z"), AT, "psn-5a1f0c2e-7d3b-4e8a-9c61-0f2b3d4e5a6b",
                    "3f1c2b8e5d7a9c0e4b6a8d2f1e3c5b7a9d0e2f4a6c8b1d3e5f7a9c0b2d4e6f8a", "COMPLETED", "LIVE"));
        }

        @Test
        void shouldReadAHandlingWithoutItsTicketWhenAProducerBeforeTicketsSentIt() throws IOException {
            JavaType type = JSON.getTypeFactory().constructParametricType(EventEnvelope.class, HandlingCompletedEvent.class);

            EventEnvelope<HandlingCompletedEvent> old = JSON.readValue(read("handling-completed.v1.before-ticket-id.json"), type);

            assertThat(old.payload().ticketId()).isNull();
            assertThat(old.payload().servicePointName()).isEqualTo("淳安县行政服务中心医保窗口");
            assertThat(old.payload().queuedAt()).isEqualTo(Instant.parse("2026-05-15T08:12:00Z"));
        }

        @Test
        void shouldSerialiseTheSameFieldsWhenBuiltWithoutThePointName() {
            HandlingCompletedEvent withoutName = new HandlingCompletedEvent("hdl-1", "ENR-02", null, false, "sp-1", "clerk", "COUNTER",
                    null, AT, AT, "psn-1", "ab", "COMPLETED", "LIVE");

            JsonNode node = JSON.valueToTree(withoutName);

            assertThat(node.has("servicePointName")).isTrue();
            assertThat(node.get("servicePointName").isNull()).isTrue();
            assertThat(node.has("ticketId")).isTrue();
            assertThat(node.get("ticketId").isNull()).isTrue();
            assertThat(node.size()).isEqualTo(16);
        }
    }

    private static String read(String golden) throws IOException {
        try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + golden)) {
            assertThat(in).as("golden file %s", golden).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
