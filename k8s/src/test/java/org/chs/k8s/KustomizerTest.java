package org.chs.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chs.k8s.kustomize.KubernetesObject;
import org.chs.k8s.kustomize.KustomizeException;
import org.chs.k8s.kustomize.Kustomizer;
import org.chs.k8s.kustomize.NameHash;
import org.chs.k8s.kustomize.Trees;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer's kustomize semantics, each pinned to what kustomize v5.5.0 (kubectl 1.32) produced for the same
 * input, so the renderer stays right on machines without kubectl.
 */
class KustomizerTest {

    @TempDir
    Path dir;

    private final Kustomizer kustomizer = new Kustomizer();

    private void write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: gw
              labels:
                app: gw
            spec:
              selector:
                matchLabels:
                  app: gw
              template:
                metadata:
                  labels:
                    app: gw
                spec:
                  containers:
                  - name: gw
                    image: ghcr.io/x/gw:0.1.0
                    env:
                    - name: A
                      value: "1"
                    - name: S
                      valueFrom:
                        secretKeyRef:
                          name: gw-secrets
                          key: S
                    envFrom:
                    - configMapRef:
                        name: env
                    volumeMounts:
                    - name: config
                      mountPath: /config
                  volumes:
                  - name: config
                    configMap:
                      name: app-config
            """;

    private static Map<String, Object> container(KubernetesObject deployment) {
        return Trees.maps(Trees.path(deployment.body(), "spec", "template", "spec"), "containers").get(0);
    }

    @Nested
    class NameHashes {

        @Test
        void shouldMatchKustomizeWhenHashingConfigMapData() {
            assertThat(NameHash.configMap(Map.of("A", "1"), Map.of())).isEqualTo("89g4tffbfk");
            assertThat(NameHash.configMap(Map.of("application.yaml", "server:\n  port: 8080\n"), Map.of()))
                    .isEqualTo("bd9fg9hb5h");
        }

        @Test
        void shouldEscapeHtmlCharactersLikeGoWhenHashing() {
            assertThat(NameHash.configMap(Map.of("A", "1", "B", "x&y<z"), Map.of())).isEqualTo("gt62g2869k");
        }

        @Test
        void shouldMatchKustomizeWhenHashingSecretData() {
            assertThat(NameHash.secret(Map.of("S", "ZGV2"), "Opaque")).isEqualTo("dm6kh26d52");
        }

        @Test
        void shouldWrapLongSecretValuesLikeKustomizeWhenGenerating() throws IOException {
            write("kustomization.yaml", """
                    secretGenerator:
                    - name: db
                      literals:
                      - MONGODB_URI=mongodb://mongodb-0.mongodb:27017/site-registry?replicaSet=rs0
                    """);

            KubernetesObject secret = kustomizer.render(dir).get(0);

            assertThat(Trees.string(Trees.map(secret.body(), "data"), "MONGODB_URI"))
                    .isEqualTo("bW9uZ29kYjovL21vbmdvZGItMC5tb25nb2RiOjI3MDE3L3NpdGUtcmVnaXN0cnk/cmVwbG\n"
                            + "ljYVNldD1yczA=\n");
        }
    }

    @Nested
    class Generators {

        @Test
        void shouldSuffixAndRewriteReferencesWhenGeneratingConfigMapsAndSecrets() throws IOException {
            write("deploy.yaml", DEPLOYMENT);
            write("application.yaml", "server:\n  port: 8080\n");
            write("kustomization.yaml", """
                    resources:
                    - deploy.yaml
                    configMapGenerator:
                    - name: app-config
                      files:
                      - application.yaml
                    - name: env
                      literals:
                      - A=1
                    secretGenerator:
                    - name: gw-secrets
                      literals:
                      - S=dev
                    """);

            List<KubernetesObject> objects = kustomizer.render(dir);

            assertThat(objects).extracting(KubernetesObject::id).containsExactly(
                    "ConfigMap//app-config-bd9fg9hb5h", "ConfigMap//env-89g4tffbfk", "Secret//gw-secrets-dm6kh26d52",
                    "Deployment//gw");
            KubernetesObject deployment = objects.get(3);
            assertThat(Trees.maps(container(deployment), "envFrom").get(0))
                    .isEqualTo(Map.of("configMapRef", Map.of("name", "env-89g4tffbfk")));
            assertThat(Trees.maps(container(deployment), "env").get(1).toString()).contains("gw-secrets-dm6kh26d52");
            assertThat(Trees.maps(Trees.path(deployment.body(), "spec", "template", "spec"), "volumes").get(0)
                    .toString()).contains("app-config-bd9fg9hb5h");
        }

        @Test
        void shouldMergeIntoTheBaseConfigMapAndRehashWhenBehaviorIsMerge() throws IOException {
            write("base/kustomization.yaml", """
                    configMapGenerator:
                    - name: env
                      literals:
                      - A=1
                      - B=x&y<z
                    """);
            write("overlay/kustomization.yaml", """
                    resources:
                    - ../base
                    configMapGenerator:
                    - name: env
                      behavior: merge
                      literals:
                      - C=3
                    """);

            KubernetesObject configMap = kustomizer.render(dir.resolve("overlay")).get(0);

            assertThat(configMap.name()).isEqualTo("env-c4kk4hd726");
            assertThat(Trees.map(configMap.body(), "data")).containsOnlyKeys("A", "B", "C");
        }

        @Test
        void shouldReadEnvFilesSkippingCommentsWhenGenerating() throws IOException {
            write("platform.env", "# a comment\n\nA=1\nURL=http://x?a=b\n");
            write("kustomization.yaml", """
                    configMapGenerator:
                    - name: env
                      envs:
                      - platform.env
                    """);

            assertThat(Trees.map(kustomizer.render(dir).get(0).body(), "data"))
                    .isEqualTo(Map.of("A", "1", "URL", "http://x?a=b"));
        }

        @Test
        void shouldRefuseAFileOutsideTheKustomizationWhenGenerating() throws IOException {
            write("outside.json", "{}");
            write("overlay/kustomization.yaml", """
                    configMapGenerator:
                    - name: realm
                      files:
                      - ../outside.json
                    """);

            assertThatThrownBy(() -> kustomizer.render(dir.resolve("overlay")))
                    .isInstanceOf(KustomizeException.class)
                    .hasMessageContaining("outside the kustomization directory");
        }
    }

    @Nested
    class Patches {

        @Test
        void shouldPutPatchElementsFirstThenTheRestWhenMergingLists() throws IOException {
            write("deploy.yaml", DEPLOYMENT);
            write("kustomization.yaml", """
                    resources:
                    - deploy.yaml
                    patches:
                    - patch: |-
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: gw
                        spec:
                          template:
                            spec:
                              containers:
                              - name: gw
                                env:
                                - name: Z
                                  value: z
                                - name: A
                                  value: "2"
                    """);

            Map<String, Object> container = container(kustomizer.render(dir).get(0));

            assertThat(Trees.maps(container, "env")).extracting(e -> e.get("name")).containsExactly("Z", "A", "S");
            assertThat(Trees.maps(container, "env").get(1)).containsEntry("value", "2");
            assertThat(Trees.maps(container, "volumeMounts")).hasSize(1);
        }

        @Test
        void shouldPatchEveryMatchWithoutRenamingWhenTheTargetHasALabelSelector() throws IOException {
            write("deploy.yaml", DEPLOYMENT + "---\n" + DEPLOYMENT.replace("name: gw\n  labels", "name: other\n  labels"));
            write("kustomization.yaml", """
                    resources:
                    - deploy.yaml
                    patches:
                    - target:
                        kind: Deployment
                        labelSelector: app=gw
                      patch: |-
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: ignored
                        spec:
                          replicas: 2
                    """);

            List<KubernetesObject> objects = kustomizer.render(dir);

            assertThat(objects).extracting(KubernetesObject::name).containsExactly("gw", "other");
            assertThat(objects).allSatisfy(o -> assertThat(Trees.map(o.body(), "spec")).containsEntry("replicas", 2));
        }

        @Test
        void shouldRefuseJson6902PatchesWhenRendering() throws IOException {
            write("deploy.yaml", DEPLOYMENT);
            write("kustomization.yaml", """
                    resources:
                    - deploy.yaml
                    patches:
                    - target:
                        kind: Deployment
                      patch: |-
                        - op: replace
                          path: /spec/replicas
                          value: 3
                    """);

            assertThatThrownBy(() -> kustomizer.render(dir)).hasMessageContaining("JSON 6902");
        }
    }

    @Nested
    class Transformers {

        @Test
        void shouldSetNamespaceLabelsAndImageTagsWhenConfigured() throws IOException {
            write("deploy.yaml", DEPLOYMENT);
            write("ns.yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: placeholder\n");
            write("kustomization.yaml", """
                    namespace: chs
                    resources:
                    - ns.yaml
                    - deploy.yaml
                    labels:
                    - pairs:
                        app.kubernetes.io/part-of: chs-platform
                      includeTemplates: true
                    images:
                    - name: ghcr.io/x/gw
                      newTag: 0.2.0
                    """);

            List<KubernetesObject> objects = kustomizer.render(dir);

            assertThat(objects).extracting(KubernetesObject::id).containsExactly("Namespace//chs", "Deployment/chs/gw");
            KubernetesObject deployment = objects.get(1);
            assertThat(Trees.path(deployment.body(), "spec", "template", "metadata", "labels"))
                    .containsEntry("app.kubernetes.io/part-of", "chs-platform");
            assertThat(Trees.path(deployment.body(), "spec", "selector", "matchLabels")).containsOnlyKeys("app");
            assertThat(container(deployment)).containsEntry("image", "ghcr.io/x/gw:0.2.0");
        }

        @Test
        void shouldApplyAComponentToEverythingAccumulatedBeforeItWhenIncluded() throws IOException {
            write("deploy.yaml", DEPLOYMENT);
            write("component/kustomization.yaml", """
                    apiVersion: kustomize.config.k8s.io/v1alpha1
                    kind: Component
                    patches:
                    - patch: |-
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: gw
                        spec:
                          replicas: 3
                    """);
            write("kustomization.yaml", "resources:\n- deploy.yaml\ncomponents:\n- component\n");

            assertThat(Trees.map(kustomizer.render(dir).get(0).body(), "spec")).containsEntry("replicas", 3);
        }
    }

    @Nested
    class StrictParsing {

        @Test
        void shouldRefuseDeprecatedFieldsWithTheirReplacementWhenParsing() throws IOException {
            write("deploy.yaml", DEPLOYMENT);
            for (String field : List.of("commonLabels:\n  a: b\n", "patchesStrategicMerge:\n- p.yaml\n",
                    "bases:\n- ../base\n")) {
                write("kustomization.yaml", "resources:\n- deploy.yaml\n" + field);

                assertThatThrownBy(() -> kustomizer.render(dir))
                        .isInstanceOf(KustomizeException.class)
                        .hasMessageContaining("deprecated");
            }
        }

        @Test
        void shouldRefuseFieldsItDoesNotImplementWhenParsing() throws IOException {
            write("kustomization.yaml", "namePrefix: x-\n");

            assertThatThrownBy(() -> kustomizer.render(dir)).hasMessageContaining("'namePrefix' is not supported");
        }

        @Test
        void shouldRefuseDuplicateObjectsWhenAccumulating() throws IOException {
            write("deploy.yaml", DEPLOYMENT);
            write("again.yaml", DEPLOYMENT);
            write("kustomization.yaml", "resources:\n- deploy.yaml\n- again.yaml\n");

            assertThatThrownBy(() -> kustomizer.render(dir)).hasMessageContaining("defined twice");
        }
    }
}
