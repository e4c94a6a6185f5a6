package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdkLocatorTest {

    @TempDir
    Path jvms;

    private final Jdk current17 = new Jdk(Path.of("/opt/current-17"), 17);

    private Path fakeJdk(String folder, String releaseLine) throws IOException {
        Path home = jvms.resolve(folder);
        Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(home.resolve("bin").resolve("java"), "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Someone\"\n" + releaseLine + "\nOS_NAME=\"Linux\"\n");
        return home;
    }

    private JdkLocator locator(Map<String, String> env, Jdk current) {
        return new JdkLocator(env::get, jvms, current);
    }

    @Nested
    class Scanning {

        @Test
        void shouldPickTheNewestJdkWhenSeveralAreInstalled() throws IOException {
            fakeJdk("java-17-openjdk-amd64", "JAVA_VERSION=\"17.0.15\"");
            fakeJdk("java-21-openjdk-amd64", "JAVA_VERSION=\"21.0.5\"");
            Path temurin25 = fakeJdk("temurin-25-jdk-amd64", "JAVA_VERSION=\"25.0.1\"");

            assertThat(locator(Map.of(), current17).locate()).isEqualTo(new Jdk(temurin25, 25));
        }

        @Test
        void shouldIgnoreFoldersWhenTheyHaveNoReleaseFileOrJavaBinary() throws IOException {
            Files.createDirectories(jvms.resolve("not-a-jdk-25"));
            Path incomplete = jvms.resolve("jre-without-bin");
            Files.createDirectories(incomplete);
            Files.writeString(incomplete.resolve("release"), "JAVA_VERSION=\"25\"\n");
            Path jdk21 = fakeJdk("openjdk-21", "JAVA_VERSION=\"21\"");

            assertThat(locator(Map.of(), current17).locate()).isEqualTo(new Jdk(jdk21, 21));
        }

        @Test
        void shouldUseTheCurrentJvmWhenNothingNewEnoughIsInstalled() throws IOException {
            fakeJdk("java-17-openjdk-amd64", "JAVA_VERSION=\"17.0.15\"");
            Jdk current25 = new Jdk(Path.of("/opt/current-25"), 25);

            assertThat(locator(Map.of(), current25).locate()).isEqualTo(current25);
        }

        @Test
        void shouldExplainHowToGetOneWhenNoJdk21IsAnywhere() throws IOException {
            fakeJdk("java-17-openjdk-amd64", "JAVA_VERSION=\"17.0.15\"");

            assertThatThrownBy(() -> locator(Map.of(), current17).locate())
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("Java 21")
                    .hasMessageContaining("KEYCLOAK_JAVA_HOME");
        }

        @Test
        void shouldNotFailWhenTheInstallationsFolderIsMissing() {
            JdkLocator locator = new JdkLocator(name -> null, jvms.resolve("absent"), new Jdk(Path.of("/x"), 21));

            assertThat(locator.locate().featureVersion()).isEqualTo(21);
        }
    }

    @Nested
    class Configured {

        @Test
        void shouldPreferKeycloakJavaHomeWhenItIsSet() throws IOException {
            fakeJdk("temurin-25", "JAVA_VERSION=\"25.0.1\"");
            Path chosen = fakeJdk("chosen-21", "JAVA_VERSION=\"21.0.2\"");

            assertThat(locator(Map.of("KEYCLOAK_JAVA_HOME", chosen.toString()), current17).locate())
                    .isEqualTo(new Jdk(chosen, 21));
        }

        @Test
        void shouldRefuseKeycloakJavaHomeWhenItIsTooOld() throws IOException {
            Path old = fakeJdk("java-17", "JAVA_VERSION=\"17.0.15\"");

            assertThatThrownBy(() -> locator(Map.of("KEYCLOAK_JAVA_HOME", old.toString()), current17).locate())
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("Java 17");
        }

        @Test
        void shouldRefuseKeycloakJavaHomeWhenItIsNotAJdk() {
            assertThatThrownBy(() -> locator(Map.of("KEYCLOAK_JAVA_HOME", jvms.resolve("nope").toString()), current17)
                    .locate())
                    .isInstanceOf(LocalStackException.class)
                    .hasMessageContaining("not a Java installation");
        }
    }

    @ParameterizedTest
    @CsvSource({"1.8.0_392, 8", "11.0.2, 11", "17.0.15, 17", "21-ea, 21", "25, 25", "25.0.1+8, 25"})
    void shouldReadTheFeatureVersionWhenTheReleaseFileUsesAnyVersionScheme(String javaVersion, int feature) {
        assertThat(JdkLocator.featureVersion(javaVersion)).contains(feature);
    }
}
