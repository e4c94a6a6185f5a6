package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    private final Path root = Path.of("/work/chs");
    private final LocalStackOptions defaults = new LocalStackOptions(root, root.resolve(".local-stack/data"),
            root.resolve(".local-stack/logs"), root.resolve(".local-stack/keycloak-26.7.4"), Path.of("/m2/kc.zip"),
            27017, 5672, 8180, true, false, Duration.ofSeconds(180), Duration.ofSeconds(180));

    @Test
    void shouldKeepTheDefaultsWhenNoOptionsAreGiven() {
        assertThat(Arguments.parse(List.of(), defaults)).contains(defaults);
    }

    @Test
    void shouldApplyEachOptionWhenGiven() {
        LocalStackOptions options = Arguments.parse(List.of("--no-apps", "--skip-demo-data", "--data-dir=/tmp/d",
                "--log-dir=/tmp/l", "--mongo-port=27018", "--keycloak-zip=/tmp/kc.zip"), defaults).orElseThrow();

        assertThat(options.startApplications()).isFalse();
        assertThat(options.skipDemoData()).isTrue();
        assertThat(options.dataDirectory()).isEqualTo(Path.of("/tmp/d"));
        assertThat(options.logDirectory()).isEqualTo(Path.of("/tmp/l"));
        assertThat(options.mongoPort()).isEqualTo(27018);
        assertThat(options.endpoints().mongoUri("enrollment")).isEqualTo("mongodb://127.0.0.1:27018/enrollment");
        assertThat(options.keycloakDistribution()).isEqualTo(Path.of("/tmp/kc.zip"));
    }

    @Test
    void shouldAskForUsageWhenHelpIsGiven() {
        assertThat(Arguments.parse(List.of("--help"), defaults)).isEmpty();
    }

    @Test
    void shouldShowUsageWhenAnOptionIsUnknown() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--fast"), defaults))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("--fast")
                .hasMessageContaining("Usage:");
    }

    @Test
    void shouldRejectAPortWhenItIsOutOfRange() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--mongo-port=70000"), defaults))
                .isInstanceOf(LocalStackException.class);
    }
}
