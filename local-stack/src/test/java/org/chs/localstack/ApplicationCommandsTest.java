package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationCommandsTest {

    @TempDir
    Path root;

    private final Endpoints endpoints = new Endpoints("127.0.0.1", 27017, 5672, 8180);
    private final Path java = Path.of("/usr/lib/jvm/java-17/bin/java");

    private ApplicationCommands commands(boolean demoData) {
        return new ApplicationCommands(root, "0.1.0-SNAPSHOT", java, endpoints, demoData,
                root.resolve(".local-stack/logs"));
    }

    @Nested
    class CommandLine {

        @Test
        void shouldRunTheModulesJarWithASmallHeapWhenStartingAService() {
            LaunchSpec spec = commands(true).launchSpec(Application.ENROLLMENT);

            assertThat(spec.command()).containsExactly(java.toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar",
                    root.resolve("enrollment-service/target/enrollment-service-0.1.0-SNAPSHOT.jar").toString());
            assertThat(spec.logFile()).isEqualTo(root.resolve(".local-stack/logs/enrollment-service.log"));
            assertThat(spec.workingDirectory()).isEqualTo(root);
        }

        @Test
        void shouldGiveEachServiceItsPortDatabaseAndClientSecretWhenStartingIt() {
            LaunchSpec spec = commands(true).launchSpec(Application.SITE_REGISTRY);

            assertThat(spec.environment()).containsOnly(
                    entry("SERVER_ADDRESS", "127.0.0.1"),
                    entry("SERVER_PORT", "8083"),
                    entry("MONGODB_URI", "mongodb://127.0.0.1:27017/site-registry"),
                    entry("SPRING_RABBITMQ_HOST", "127.0.0.1"),
                    entry("SPRING_RABBITMQ_PORT", "5672"),
                    entry("KEYCLOAK_ISSUER_URI", "http://127.0.0.1:8180/realms/chs"),
                    entry("CHS_CLIENT_SECRET", "site-registry-service-secret"),
                    entry("CHS_DEMO_DATA", "true"));
        }

        @Test
        void shouldUseOneDatabasePerServiceWhenAllShareTheEmbeddedServer() {
            assertThat(List.of(Application.SITE_REGISTRY, Application.ENROLLMENT, Application.SETTLEMENT,
                    Application.EVALUATION).stream()
                    .map(app -> commands(true).launchSpec(app).environment().get("MONGODB_URI")))
                    .containsExactly("mongodb://127.0.0.1:27017/site-registry", "mongodb://127.0.0.1:27017/enrollment",
                            "mongodb://127.0.0.1:27017/settlement", "mongodb://127.0.0.1:27017/evaluation");
        }

        @Test
        void shouldPointTheGatewayAtEveryServiceWhenStartingIt() {
            LaunchSpec spec = commands(true).launchSpec(Application.GATEWAY);

            assertThat(spec.environment())
                    .contains(entry("SERVER_PORT", "8080"),
                            entry("SITE_REGISTRY_URL", "http://127.0.0.1:8083"),
                            entry("ENROLLMENT_URL", "http://127.0.0.1:8081"),
                            entry("SETTLEMENT_URL", "http://127.0.0.1:8082"),
                            entry("EVALUATION_URL", "http://127.0.0.1:8084"),
                            entry("KEYCLOAK_ISSUER_URI", "http://127.0.0.1:8180/realms/chs"))
                    .doesNotContainKeys("MONGODB_URI", "CHS_CLIENT_SECRET");
        }

        @Test
        void shouldTurnDemoDataOffWhenAskedToSkipIt() {
            assertThat(commands(false).launchSpec(Application.SETTLEMENT).environment())
                    .containsEntry("CHS_DEMO_DATA", "false");
        }
    }

    @Nested
    class MissingJars {

        @Test
        void shouldNameEachMissingJarAndItsBuildCommandWhenJarsAreMissing() throws IOException {
            ApplicationCommands commands = commands(true);
            Path present = commands.jar(Application.GATEWAY);
            Files.createDirectories(present.getParent());
            Files.writeString(present, "jar");
            Applications applications = new Applications(commands, Readiness.withDefaults(), endpoints,
                    Duration.ofSeconds(1));

            assertThatThrownBy(() -> applications.requireJars(List.of(Application.values())))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("settlement-service-0.1.0-SNAPSHOT.jar")
                    .hasMessageContaining("mvn -pl settlement-service -am -DskipTests package")
                    .hasMessageNotContaining("gateway-0.1.0-SNAPSHOT.jar");
        }
    }

    @Test
    void shouldFindTheApplicationWhenGivenItsModuleName() {
        assertThat(Application.ofModule("evaluation-service")).isEqualTo(Application.EVALUATION);
        assertThatThrownBy(() -> Application.ofModule("billing")).hasMessageContaining("gateway");
    }
}
