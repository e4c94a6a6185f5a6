package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakTest {

    @TempDir
    Path dir;

    private Path zip(String... namesAndContents) throws IOException {
        Path zip = dir.resolve("keycloak-quarkus-dist-26.7.4.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zipOut.putNextEntry(new ZipEntry(namesAndContents[i]));
                zipOut.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zipOut.closeEntry();
            }
        }
        return zip;
    }

    @Nested
    class Distribution {

        @Test
        void shouldUnzipWithoutTheTopFolderAndMakeScriptsExecutableWhenNotInstalledYet() throws IOException {
            Path zip = zip("keycloak-26.7.4/bin/kc.sh", "#!/bin/sh\n", "keycloak-26.7.4/conf/keycloak.conf", "# conf\n");
            Path home = dir.resolve(".local-stack/keycloak-26.7.4");
            Files.createDirectories(home.getParent());

            KeycloakDistribution.ensureInstalled(zip, home);

            assertThat(home.resolve("conf/keycloak.conf")).hasContent("# conf");
            assertThat(Files.isExecutable(home.resolve("bin/kc.sh"))).isTrue();
            try (var siblings = Files.list(home.getParent())) {
                assertThat(siblings).containsExactly(home);
            }
        }

        @Test
        void shouldLeaveTheInstallationAloneWhenItIsAlreadyThere() throws IOException {
            Path home = Files.createDirectories(dir.resolve("keycloak-26.7.4/bin"));
            Files.writeString(home.resolve("kc.sh"), "local edit");

            KeycloakDistribution.ensureInstalled(dir.resolve("absent.zip"), home.getParent());

            assertThat(home.resolve("kc.sh")).hasContent("local edit");
        }

        @Test
        void shouldSayHowToFetchItWhenTheZipIsMissing() {
            assertThatThrownBy(() -> KeycloakDistribution.ensureInstalled(dir.resolve("absent.zip"),
                    dir.resolve("keycloak-26.7.4")))
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("mvn -pl local-stack package");
        }

        @Test
        void shouldRefuseEntriesWhenTheyPointOutsideTheTarget() throws IOException {
            Path zip = zip("keycloak-26.7.4/../../evil.sh", "boom");

            assertThatThrownBy(() -> KeycloakDistribution.ensureInstalled(zip, dir.resolve("kc")))
                    .isInstanceOf(LocalStackException.class);
            assertThat(dir.getParent().resolve("evil.sh")).doesNotExist();
        }
    }

    @Nested
    class Server {

        private final Endpoints endpoints = new Endpoints("127.0.0.1", 27017, 5672, 8180);
        private final Jdk jdk25 = new Jdk(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"), 25);

        @Test
        void shouldStartInDevModeOnLoopbackWithAFixedIssuerWhenLaunched() {
            KeycloakServer server = new KeycloakServer(dir.resolve("kc"), jdk25, endpoints, dir.resolve("data"),
                    dir.resolve("logs/keycloak.log"));

            LaunchSpec spec = server.launchSpec();

            assertThat(spec.command()).containsExactly(dir.resolve("kc/bin/kc.sh").toString(), "start-dev",
                    "--http-host=127.0.0.1", "--http-port=8180", "--hostname=http://127.0.0.1:8180", "--import-realm",
                    "--db-url=jdbc:h2:file:" + dir.resolve("data/keycloak/keycloakdb").toAbsolutePath()
                            + ";NON_KEYWORDS=VALUE");
            assertThat(spec.environment()).containsEntry("JAVA_HOME", jdk25.home().toString());
            assertThat(spec.logFile()).isEqualTo(dir.resolve("logs/keycloak.log"));
        }

        @Test
        void shouldBootstrapTheAdminOnlyWhenTheDatabaseIsNew() throws IOException {
            KeycloakServer server = new KeycloakServer(dir.resolve("kc"), jdk25, endpoints, dir.resolve("data"),
                    dir.resolve("keycloak.log"));
            assertThat(server.launchSpec().environment())
                    .containsEntry("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                    .containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");

            Files.createDirectories(dir.resolve("data/keycloak"));
            Files.writeString(dir.resolve("data/keycloak/keycloakdb.mv.db"), "");

            assertThat(server.launchSpec().environment()).doesNotContainKey("KC_BOOTSTRAP_ADMIN_PASSWORD");
        }

        @Test
        void shouldPutTheRealmWhereImportRealmLooksWhenInstallingIt() {
            KeycloakServer server = new KeycloakServer(dir.resolve("kc"), jdk25, endpoints, dir.resolve("data"),
                    dir.resolve("keycloak.log"));

            server.installRealm();

            assertThat(dir.resolve("kc/data/import/chs-realm.json")).content().contains("\"realm\": \"chs\"");
        }
    }
}
