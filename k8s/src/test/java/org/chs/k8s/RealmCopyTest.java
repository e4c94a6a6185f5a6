package org.chs.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The local overlay's realm is a copy (kustomize will not read files outside k8s/ by default); this keeps the
 * copy identical to the realm the local stack and the tests import.
 */
class RealmCopyTest {

    private static final Path SOURCE = Overlays.MODULE.resolveSibling("local-stack")
            .resolve("src/main/resources/keycloak/chs-realm.json");
    private static final Path COPY = Overlays.LOCAL.resolve("keycloak/chs-realm.json");

    @Test
    void shouldBeByteIdenticalToTheLocalStackRealmWhenThatRealmExists() throws IOException {
        assumeTrue(Files.isRegularFile(SOURCE), SOURCE + " does not exist yet; the k8s copy is a placeholder "
                + "realm until it does (see k8s/overlays/local/keycloak/README.md)");

        assertThat(Files.readAllBytes(COPY))
                .as("%s must equal %s; run: cp %s %s", COPY, SOURCE, Overlays.MODULE.getParent().relativize(SOURCE),
                        Overlays.MODULE.getParent().relativize(COPY))
                .isEqualTo(Files.readAllBytes(SOURCE));
    }

    @Test
    void shouldDefineTheChsRealmWhenRead() throws IOException {
        assertThat(Files.readString(COPY)).containsPattern("\"realm\"\\s*:\\s*\"chs\"");
    }
}
