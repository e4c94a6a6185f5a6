package org.chs.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.chs.k8s.kustomize.KubernetesObject;
import org.chs.k8s.kustomize.Yamls;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the Java renderer to kubectl's kustomize where kubectl is installed: same objects, and the same content.
 * CI machines without kubectl skip this and rely on the renderer's own tests.
 */
class KubectlCrossCheckTest {

    private static Path kubectl;

    @BeforeAll
    static void findKubectl() {
        kubectl = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .orElse(null);
    }

    static Stream<Path> roots() {
        return Stream.of(Overlays.BASE, Overlays.LOCAL, Overlays.PRODUCTION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roots")
    void shouldRenderTheSameObjectsAsKubectlWhenKubectlIsInstalled(Path root) throws Exception {
        assumeTrue(kubectl != null, "kubectl is not on PATH; the cross-check with kubectl kustomize is skipped");
        Map<String, KubernetesObject> expected = index(kubectlKustomize(root));
        Map<String, KubernetesObject> actual = index(Overlays.render(root));

        assertThat(actual.keySet()).as("kind/namespace/name of every object")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (String id : expected.keySet()) {
            assertThat(actual.get(id).body()).as(id).isEqualTo(expected.get(id).body());
        }
    }

    private static Map<String, KubernetesObject> index(List<KubernetesObject> objects) {
        return objects.stream().collect(Collectors.toMap(KubernetesObject::id, Function.identity()));
    }

    private static List<KubernetesObject> kubectlKustomize(Path root) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", root.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("kubectl finished").isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize " + root + " exit code").isZero();
        return Yamls.readAll(new String(output, StandardCharsets.UTF_8), "kubectl kustomize " + root).stream()
                .map(KubernetesObject::new)
                .toList();
    }
}
