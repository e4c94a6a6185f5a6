package org.chs.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.chs.k8s.manifest.KubernetesObject;
import org.chs.k8s.manifest.Trees;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tests' bridge to the real kustomize: which binary it runs, what it returns, and how it fails. */
class KustomizeTest {

    @TempDir
    Path dir;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Path fakeExecutable(String name) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin-" + name));
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Nested
    class FindingTheBinary {

        @Test
        void shouldSayHowToInstallKubectlOrKustomizeWhenNeitherIsOnThePath() {
            String empty = dir.resolve("empty").toString();

            assertThatThrownBy(() -> Kustomize.find(empty))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("neither kubectl nor kustomize is on PATH (" + empty + ")")
                    .hasMessageContaining("sudo apt-get install -y kubectl")
                    .hasMessageContaining("https://pkgs.k8s.io/core:/stable:/v1.32/deb/")
                    .hasMessageContaining("kustomize%2Fv5.5.0/kustomize_v5.5.0_linux_amd64.tar.gz")
                    .hasMessageContaining("k8s/README.md");
        }

        @Test
        void shouldUseKubectlsKustomizeWhenKubectlIsOnThePath() throws IOException {
            Path kubectlBin = fakeExecutable("kubectl");
            Path kustomizeBin = fakeExecutable("kustomize");

            assertThat(Kustomize.find(kustomizeBin + java.io.File.pathSeparator + kubectlBin).command())
                    .containsExactly(kubectlBin.resolve("kubectl").toString(), "kustomize");
        }

        @Test
        void shouldUseTheStandaloneKustomizeWhenOnlyItIsOnThePath() throws IOException {
            Path kustomizeBin = fakeExecutable("kustomize");

            assertThat(Kustomize.find(kustomizeBin.toString()).command())
                    .containsExactly(kustomizeBin.resolve("kustomize").toString(), "build");
        }
    }

    /** These run the kustomize of this machine; CI has kubectl, and without one they fail with the install hint. */
    @Nested
    class Rendering {

        @Test
        void shouldReturnTheObjectsWithGeneratedNamesAndRewrittenReferencesWhenRendered() throws IOException {
            write(dir.resolve("app/kustomization.yaml"), """
                    namespace: demo
                    resources:
                    - pod.yaml
                    configMapGenerator:
                    - name: settings
                      literals:
                      - MODE=on
                    """);
            write(dir.resolve("app/pod.yaml"), """
                    apiVersion: v1
                    kind: Pod
                    metadata:
                      name: app
                    spec:
                      containers:
                      - name: app
                        image: example/app:1.0
                        envFrom:
                        - configMapRef:
                            name: settings
                    """);

            List<KubernetesObject> objects = Kustomize.onPath().render(dir.resolve("app"));

            assertThat(objects).extracting(KubernetesObject::kind).containsExactlyInAnyOrder("ConfigMap", "Pod");
            KubernetesObject configMap = objects.stream().filter(o -> o.kind().equals("ConfigMap")).findFirst()
                    .orElseThrow();
            KubernetesObject pod = objects.stream().filter(o -> o.kind().equals("Pod")).findFirst().orElseThrow();
            assertThat(configMap.name()).matches("settings-[a-z0-9]{10}");
            assertThat(configMap.namespace()).isEqualTo("demo");
            // "on" is a string in YAML 1.2, as the API server reads it, not a YAML 1.1 boolean.
            assertThat(Trees.map(configMap.body(), "data")).containsEntry("MODE", "on");
            Map<String, Object> container = Trees.maps(pod.podSpecs().get(0), "containers").get(0);
            assertThat(Trees.string(Trees.map(Trees.maps(container, "envFrom").get(0), "configMapRef"), "name"))
                    .isEqualTo(configMap.name());
        }

        @Test
        void shouldFailWithKustomizesMessageWhenTheKustomizationHasAnUnknownField() throws IOException {
            write(dir.resolve("bad/kustomization.yaml"), """
                    resourcez:
                    - pod.yaml
                    """);

            assertThatThrownBy(() -> Kustomize.onPath().render(dir.resolve("bad")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("failed")
                    .hasMessageContaining("resourcez");
        }

        @Test
        void shouldFailWhenKustomizeWarnsAboutADeprecatedField() throws IOException {
            write(dir.resolve("old/kustomization.yaml"), """
                    commonLabels:
                      team: chs
                    resources:
                    - cm.yaml
                    """);
            write(dir.resolve("old/cm.yaml"), """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: plain
                    data:
                      a: "1"
                    """);

            assertThatThrownBy(() -> Kustomize.onPath().render(dir.resolve("old")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("warnings")
                    .hasMessageContaining("'commonLabels' is deprecated");
        }

        @Test
        void shouldRefuseAFileOutsideTheKustomizationRootWhenRendered() throws IOException {
            write(dir.resolve("outside.yaml"), """
                    apiVersion: v1
                    kind: ConfigMap
                    metadata:
                      name: outside
                    """);
            write(dir.resolve("root/kustomization.yaml"), """
                    resources:
                    - ../outside.yaml
                    """);

            assertThatThrownBy(() -> Kustomize.onPath().render(dir.resolve("root")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("failed")
                    .hasMessageContaining("is not in or below");
        }
    }
}
