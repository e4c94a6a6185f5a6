package org.chs.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

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
                        new ServicePointStatusChangedEvent("sp-330127-001", "SUSPENDED", "renovation")));
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

    private static String read(String golden) throws IOException {
        try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + golden)) {
            assertThat(in).as("golden file %s", golden).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
