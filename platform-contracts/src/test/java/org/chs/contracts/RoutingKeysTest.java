package org.chs.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingKeysTest {

    @Test
    void shouldFollowTheAggregateEventVersionPatternWhenDeclared() throws IllegalAccessException {
        for (Field field : Arrays.stream(RoutingKeys.class.getDeclaredFields()).filter(f -> Modifier.isPublic(f.getModifiers())).toList()) {
            String key = (String) field.get(null);
            assertThat(RoutingKeys.versionOf(key)).as(field.getName()).isEqualTo(Integer.parseInt(field.getName().replaceAll(".*_V", "")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"handling.completed", "Handling.completed.v1", "handling.completed.v", "handling..v1", "a.b.c.v1"})
    void shouldRejectWhenNotAVersionedKey(String key) {
        assertThatIllegalArgumentException().isThrownBy(() -> RoutingKeys.versionOf(key));
    }

    @Test
    void shouldDeriveSchemaVersionWhenWrapping() {
        EventEnvelope<String> envelope = EventEnvelope.wrap("settlement.completed.v2", "settlement-service", java.time.Instant.EPOCH, "x");
        assertThat(envelope.schemaVersion()).isEqualTo(2);
        assertThat(envelope.type()).isEqualTo("settlement.completed.v2");
    }
}
