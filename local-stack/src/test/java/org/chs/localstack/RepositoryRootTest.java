package org.chs.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {

    @TempDir
    Path workspace;

    private Path root;

    @BeforeEach
    void fakeRepository() throws IOException {
        root = Files.createDirectories(workspace.resolve("chs"));
        Files.writeString(root.resolve("pom.xml"), """
                <project><modules><module>gateway</module><module>local-stack</module></modules></project>
                """);
        Path module = Files.createDirectories(root.resolve("local-stack"));
        Files.writeString(module.resolve("pom.xml"), "<project><artifactId>local-stack</artifactId></project>");
        Files.createDirectories(module.resolve("src/main/java"));
    }

    @Test
    void shouldWalkPastModulePomsWhenStartedInsideAModule() {
        assertThat(RepositoryRoot.locate(Optional.empty(), root.resolve("local-stack/src/main/java"))).isEqualTo(root);
    }

    @Test
    void shouldFindTheRootWhenStartedThere() {
        assertThat(RepositoryRoot.locate(Optional.empty(), root)).isEqualTo(root);
    }

    @Test
    void shouldUseChsHomeWhenItIsSet() {
        assertThat(RepositoryRoot.locate(Optional.of(root.toString()), workspace)).isEqualTo(root);
    }

    @Test
    void shouldRejectChsHomeWhenItIsNotTheRoot() {
        assertThatThrownBy(() -> RepositoryRoot.locate(Optional.of(root.resolve("local-stack").toString()), root))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("CHS_HOME");
    }

    @Test
    void shouldSayHowToPointAtTheRepositoryWhenStartedOutsideIt() {
        assertThatThrownBy(() -> RepositoryRoot.locate(Optional.empty(), workspace))
                .isInstanceOf(LocalStackException.class)
                .hasMessageContaining("CHS_HOME");
    }
}
