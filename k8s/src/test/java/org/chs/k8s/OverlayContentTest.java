package org.chs.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.chs.k8s.manifest.KubernetesObject;
import org.chs.k8s.manifest.Trees;
import org.chs.k8s.manifest.Yamls;
import org.chs.k8s.validation.LabelSelectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rendered overlays say what the platform's facts say: ports, environment, replicas, flows, credentials. */
class OverlayContentTest {

    private static final Set<String> COMMON_ENV = Set.of("SPRING_CONFIG_ADDITIONAL_LOCATION", "SERVER_SHUTDOWN",
            "JAVA_TOOL_OPTIONS", "LOGGING_STRUCTURED_FORMAT_CONSOLE", "KEYCLOAK_ISSUER_URI", "KEYCLOAK_JWK_SET_URI");
    private static final Set<String> BACKEND_ENV = Set.of("MONGODB_URI", "SPRING_RABBITMQ_HOST",
            "SPRING_RABBITMQ_PORT", "SPRING_RABBITMQ_USERNAME", "SPRING_RABBITMQ_PASSWORD",
            "CHS_MESSAGING_QUORUM_QUEUES", "CHS_CLIENT_SECRET");
    private static final Map<String, Set<String>> OWN_ENV = Map.of(
            "gateway", Set.of("SITE_REGISTRY_URL", "ENROLLMENT_URL", "SETTLEMENT_URL", "EVALUATION_URL"),
            "site-registry-service", Set.of(),
            "enrollment-service", Set.of("SITE_REGISTRY_URL", "CHS_PERSONAL_DATA_ENCRYPTION_KEY",
                    "CHS_PERSONAL_DATA_BLIND_INDEX_KEY"),
            "settlement-service", Set.of("ENROLLMENT_URL", "SITE_REGISTRY_URL"),
            "evaluation-service", Set.of("SITE_REGISTRY_URL"));
    /** Service-to-service calls of the platform; nothing else between the five may be open. */
    private static final Set<String> ALLOWED_CALLS = Set.of(
            "gateway->site-registry-service", "gateway->enrollment-service", "gateway->settlement-service",
            "gateway->evaluation-service", "enrollment-service->site-registry-service",
            "settlement-service->enrollment-service", "settlement-service->site-registry-service",
            "evaluation-service->site-registry-service");

    static Stream<Path> overlays() {
        return Overlays.DEPLOYABLE.stream();
    }

    private static Map<String, Object> container(KubernetesObject deployment) {
        return Trees.maps(Trees.path(deployment.body(), "spec", "template", "spec"), "containers").get(0);
    }

    private static Map<String, Map<String, Object>> env(KubernetesObject deployment) {
        Map<String, Map<String, Object>> env = new java.util.LinkedHashMap<>();
        Trees.maps(container(deployment), "env").forEach(e -> env.put(Trees.string(e, "name"), e));
        return env;
    }

    @Nested
    class Services {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.chs.k8s.OverlayContentTest#overlays")
        void shouldExposeEachAppOnItsOwnPortWithActuatorProbesWhenRendered(Path overlay) {
            List<KubernetesObject> objects = Overlays.render(overlay);
            for (String app : Overlays.APPS) {
                int port = Overlays.PORTS.get(app);
                Map<String, Object> service = Trees.map(Overlays.find(objects, "Service", app).body(), "spec");
                Map<String, Object> container = container(Overlays.find(objects, "Deployment", app));

                assertThat(service).containsEntry("type", "ClusterIP");
                assertThat(Trees.maps(service, "ports")).singleElement().satisfies(p -> assertThat(p)
                        .containsEntry("port", port).containsEntry("targetPort", "http"));
                assertThat(Trees.maps(container, "ports")).singleElement().satisfies(p -> assertThat(p)
                        .containsEntry("containerPort", port).containsEntry("name", "http"));
                assertThat(Trees.path(container, "livenessProbe", "httpGet"))
                        .containsEntry("path", "/actuator/health/liveness");
                assertThat(Trees.path(container, "startupProbe", "httpGet"))
                        .containsEntry("path", "/actuator/health/liveness");
                assertThat(Trees.path(container, "readinessProbe", "httpGet"))
                        .containsEntry("path", "/actuator/health/readiness");
                assertThat(container).containsEntry("image", "ghcr.io/chs-platform/" + app + ":0.1.0");
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.chs.k8s.OverlayContentTest#overlays")
        void shouldListenOnThePodAddressWhenRendered(Path overlay) {
            // The apps default to 127.0.0.1 for developer machines; in a pod that would fail every probe.
            List<KubernetesObject> objects = Overlays.render(overlay);
            for (String app : Overlays.APPS) {
                KubernetesObject config = Overlays.findGenerated(objects, "ConfigMap", app + "-config");
                Map<String, Object> yaml = Yamls.readOne(Trees.string(Trees.map(config.body(), "data"), "application.yaml"),
                        app + "-config");
                assertThat(Trees.map(yaml, "server")).as(app).containsEntry("address", "0.0.0.0")
                        .containsEntry("forward-headers-strategy", "framework");
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.chs.k8s.OverlayContentTest#overlays")
        void shouldShutDownGracefullyWithinTheGracePeriodWhenRendered(Path overlay) {
            for (String app : Overlays.APPS) {
                KubernetesObject deployment = Overlays.find(Overlays.render(overlay), "Deployment", app);

                assertThat(Trees.path(deployment.body(), "spec", "template", "spec"))
                        .containsEntry("terminationGracePeriodSeconds", 45);
                assertThat(Trees.path(container(deployment), "lifecycle", "preStop", "sleep"))
                        .containsEntry("seconds", 10);
                assertThat(env(deployment).get("SERVER_SHUTDOWN")).containsEntry("value", "graceful");
            }
        }
    }

    @Nested
    class Environment {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.chs.k8s.OverlayContentTest#overlays")
        void shouldGiveEachAppExactlyTheVariablesItReadsWhenRendered(Path overlay) {
            for (String app : Overlays.APPS) {
                Set<String> expected = new HashSet<>(COMMON_ENV);
                if (!app.equals("gateway")) {
                    expected.addAll(BACKEND_ENV);
                }
                expected.addAll(OWN_ENV.get(app));

                assertThat(env(Overlays.find(Overlays.render(overlay), "Deployment", app)).keySet()).as(app)
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
        }

        @Test
        void shouldPointTheServicesAtEachOtherByServiceDnsWhenRendered() {
            List<KubernetesObject> objects = Overlays.render(Overlays.PRODUCTION);

            assertThat(env(Overlays.find(objects, "Deployment", "settlement-service")).get("ENROLLMENT_URL"))
                    .containsEntry("value", "http://enrollment-service:8081");
            assertThat(env(Overlays.find(objects, "Deployment", "gateway")).get("EVALUATION_URL"))
                    .containsEntry("value", "http://evaluation-service:8084");
            assertThat(env(Overlays.find(objects, "Deployment", "enrollment-service")).get("SITE_REGISTRY_URL"))
                    .containsEntry("value", "http://site-registry-service:8083");
        }

        @Test
        void shouldUseInClusterEndpointsWhenLocal() {
            Map<String, Object> data = Trees.map(Overlays.findGenerated(Overlays.render(Overlays.LOCAL), "ConfigMap",
                    "chs-platform-env").body(), "data");

            assertThat(data).containsEntry("KEYCLOAK_ISSUER_URI", "http://keycloak:8080/realms/chs")
                    .containsEntry("KEYCLOAK_JWK_SET_URI",
                            "http://keycloak:8080/realms/chs/protocol/openid-connect/certs")
                    .containsEntry("SPRING_RABBITMQ_HOST", "rabbitmq")
                    .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")
                    .containsEntry("CHS_MESSAGING_QUORUM_QUEUES", "false");
        }

        @Test
        void shouldUseQuorumQueuesAndExternalKeycloakWhenProduction() {
            Map<String, Object> data = Trees.map(Overlays.findGenerated(Overlays.render(Overlays.PRODUCTION),
                    "ConfigMap", "chs-platform-env").body(), "data");

            assertThat(data).containsEntry("CHS_MESSAGING_QUORUM_QUEUES", "true")
                    .containsEntry("KEYCLOAK_ISSUER_URI", "https://keycloak.example/realms/chs")
                    .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        }
    }

    @Nested
    class LocalCredentials {

        private Map<String, String> secretData(String originalName) {
            Map<String, Object> data = Trees.map(Overlays.findGenerated(Overlays.render(Overlays.LOCAL), "Secret",
                    originalName).body(), "data");
            Map<String, String> decoded = new java.util.HashMap<>();
            data.forEach((k, v) -> decoded.put(k, new String(Base64.getMimeDecoder().decode(String.valueOf(v)),
                    StandardCharsets.UTF_8)));
            return decoded;
        }

        @Test
        void shouldGiveEachServiceItsOwnDatabaseOnTheReplicaSetWhenLocal() {
            Map<String, String> databases = Map.of("site-registry-service", "site-registry", "enrollment-service",
                    "enrollment", "settlement-service", "settlement", "evaluation-service", "evaluation");
            databases.forEach((app, database) -> assertThat(secretData(app + "-secrets").get("MONGODB_URI"))
                    .isEqualTo("mongodb://mongodb-0.mongodb:27017/" + database + "?replicaSet=rs0"));
        }

        @Test
        void shouldUseTheRealmsClientSecretsWhenLocal() throws Exception {
            Map<String, Object> realm = Yamls.readOne(Files.readString(Overlays.LOCAL.resolve(
                    "keycloak/chs-realm.json")), "chs-realm.json");
            List<Map<String, Object>> clients = Trees.maps(realm, "clients");
            org.junit.jupiter.api.Assumptions.assumeFalse(clients.isEmpty(), "the realm is still a placeholder");
            for (String app : List.of("site-registry-service", "enrollment-service", "settlement-service",
                    "evaluation-service")) {
                Map<String, Object> client = clients.stream()
                        .filter(c -> app.equals(Trees.string(c, "clientId")))
                        .findFirst().orElseThrow(() -> new AssertionError("realm has no client " + app));

                assertThat(secretData(app + "-secrets").get("CHS_CLIENT_SECRET")).as(app)
                        .isEqualTo(Trees.string(client, "secret"));
            }
        }

        @Test
        void shouldLetTheWebConsoleLogInThroughTheGatewayPortForwardWhenLocal() throws Exception {
            // README: `kubectl port-forward svc/gateway 8000:8080` serves the console at http://localhost:8000/console/.
            Map<String, Object> realm = Yamls.readOne(Files.readString(Overlays.LOCAL.resolve(
                    "keycloak/chs-realm.json")), "chs-realm.json");
            List<Map<String, Object>> clients = Trees.maps(realm, "clients");
            org.junit.jupiter.api.Assumptions.assumeFalse(clients.isEmpty(), "the realm is still a placeholder");
            Map<String, Object> console = clients.stream().filter(c -> "chs-console".equals(Trees.string(c, "clientId")))
                    .findFirst().orElseThrow(() -> new AssertionError("realm has no client chs-console"));

            assertThat(Trees.list(console, "redirectUris")).contains("http://localhost:8000/console/*");
            assertThat(Trees.list(console, "webOrigins")).contains("http://localhost:8000");
            assertThat(Trees.string(Trees.map(console, "attributes"), "post.logout.redirect.uris").split("##"))
                    .contains("http://localhost:8000/console/*");
        }

        @Test
        void shouldCarry32ByteKeysForPersonalDataWhenLocal() {
            Map<String, String> secrets = secretData("enrollment-service-secrets");
            for (String key : List.of("CHS_PERSONAL_DATA_ENCRYPTION_KEY", "CHS_PERSONAL_DATA_BLIND_INDEX_KEY")) {
                assertThat(Base64.getDecoder().decode(secrets.get(key))).as(key).hasSize(32);
            }
        }
    }

    @Nested
    class Production {

        @Test
        void shouldRunTwoReplicasWithAutoscalingAndDisruptionBudgetsWhenProduction() {
            List<KubernetesObject> objects = Overlays.render(Overlays.PRODUCTION);
            for (String app : Overlays.APPS) {
                assertThat(Trees.map(Overlays.find(objects, "Deployment", app).body(), "spec"))
                        .containsEntry("replicas", 2);
                Map<String, Object> hpa = Trees.map(Overlays.find(objects, "HorizontalPodAutoscaler", app).body(),
                        "spec");
                assertThat(hpa).containsEntry("minReplicas", 2);
                assertThat(Trees.map(hpa, "scaleTargetRef")).containsEntry("name", app);
                assertThat(Trees.map(Overlays.find(objects, "PodDisruptionBudget", app).body(), "spec"))
                        .containsEntry("minAvailable", 1);
            }
            assertThat(objects).allSatisfy(o -> assertThat(o.namespace()).isIn("chs", ""));
        }

        @Test
        void shouldRunOneReplicaWithoutBudgetsWhenLocal() {
            List<KubernetesObject> objects = Overlays.render(Overlays.LOCAL);

            assertThat(objects).extracting(KubernetesObject::kind)
                    .doesNotContain("PodDisruptionBudget", "HorizontalPodAutoscaler");
            Overlays.APPS.forEach(app -> assertThat(Trees.map(Overlays.find(objects, "Deployment", app).body(),
                    "spec")).containsEntry("replicas", 1));
        }
    }

    @Nested
    class NetworkFlows {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.chs.k8s.OverlayContentTest#overlays")
        void shouldAllowExactlyThePlatformsServiceCallsWhenRendered(Path overlay) {
            List<KubernetesObject> objects = Overlays.render(overlay);
            Set<String> open = new LinkedHashSet<>();
            for (String from : Overlays.APPS) {
                for (String to : Overlays.APPS) {
                    if (!from.equals(to) && allowed(objects, labels(objects, from), labels(objects, to),
                            Overlays.PORTS.get(to))) {
                        open.add(from + "->" + to);
                    }
                }
            }

            assertThat(open).containsExactlyInAnyOrderElementsOf(ALLOWED_CALLS);
        }

        @Test
        void shouldReachTheLocalInfrastructureOnlyFromTheServicesThatUseItWhenLocal() {
            List<KubernetesObject> objects = Overlays.render(Overlays.LOCAL);
            for (String app : Overlays.APPS) {
                boolean backend = !app.equals("gateway");
                assertThat(allowed(objects, labels(objects, app), podLabels(objects, "StatefulSet", "mongodb"), 27017))
                        .as(app + " -> mongodb").isEqualTo(backend);
                assertThat(allowed(objects, labels(objects, app), podLabels(objects, "StatefulSet", "rabbitmq"), 5672))
                        .as(app + " -> rabbitmq").isEqualTo(backend);
                assertThat(allowed(objects, labels(objects, app), labels(objects, "keycloak"), 8080))
                        .as(app + " -> keycloak").isTrue();
            }
        }

        @Test
        void shouldLetAnyoneReachTheGatewayButNoBackendWhenProduction() {
            List<KubernetesObject> objects = Overlays.render(Overlays.PRODUCTION);
            Map<String, Object> outsider = Map.of("app", "somebody-else");

            assertThat(ingressAllowed(objects, outsider, labels(objects, "gateway"), 8080)).isTrue();
            for (String app : Overlays.APPS.subList(1, Overlays.APPS.size())) {
                assertThat(ingressAllowed(objects, outsider, labels(objects, app), Overlays.PORTS.get(app))).as(app)
                        .isFalse();
            }
        }

        private static Map<String, Object> labels(List<KubernetesObject> objects, String deployment) {
            return podLabels(objects, "Deployment", deployment);
        }

        private static Map<String, Object> podLabels(List<KubernetesObject> objects, String kind, String name) {
            return Trees.path(Overlays.find(objects, kind, name).body(), "spec", "template", "metadata", "labels");
        }

        private static boolean allowed(List<KubernetesObject> objects, Map<String, Object> from,
                                       Map<String, Object> to, int port) {
            return direction(objects, "Egress", "egress", "to", from, to, port)
                    && ingressAllowed(objects, from, to, port);
        }

        private static boolean ingressAllowed(List<KubernetesObject> objects, Map<String, Object> from,
                                              Map<String, Object> to, int port) {
            return direction(objects, "Ingress", "ingress", "from", to, from, port);
        }

        /** NetworkPolicy semantics for same-namespace pods: isolated once selected, then any rule may allow. */
        private static boolean direction(List<KubernetesObject> objects, String type, String rulesField,
                                         String peersField, Map<String, Object> subject, Map<String, Object> peer,
                                         int port) {
            List<Map<String, Object>> selecting = new ArrayList<>();
            for (KubernetesObject policy : objects) {
                Map<String, Object> spec = Trees.map(policy.body(), "spec");
                if (policy.kind().equals("NetworkPolicy") && Trees.list(spec, "policyTypes").contains(type)
                        && LabelSelectors.matches(Trees.map(spec, "podSelector"), subject)) {
                    selecting.add(spec);
                }
            }
            if (selecting.isEmpty()) {
                return true;
            }
            return selecting.stream().flatMap(spec -> Trees.maps(spec, rulesField).stream()).anyMatch(rule -> {
                List<Map<String, Object>> peers = Trees.maps(rule, peersField);
                boolean peerOk = peers.isEmpty() || peers.stream().anyMatch(p -> p.get("podSelector") != null
                        && !p.containsKey("namespaceSelector")
                        && LabelSelectors.matches(Trees.map(p, "podSelector"), peer));
                List<Map<String, Object>> ports = Trees.maps(rule, "ports");
                boolean portOk = ports.isEmpty() || ports.stream()
                        .anyMatch(p -> String.valueOf(port).equals(Trees.string(p, "port")));
                return peerOk && portOk;
            });
        }
    }
}
