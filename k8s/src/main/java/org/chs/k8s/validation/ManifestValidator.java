package org.chs.k8s.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chs.k8s.manifest.ImageReference;
import org.chs.k8s.manifest.KubernetesObject;
import org.chs.k8s.manifest.NameReferences;
import org.chs.k8s.manifest.Trees;
import org.chs.k8s.manifest.Yamls;

/**
 * Checks a rendered set of objects against the Kubernetes schema and the project's deployment rules
 * (ARCHITECTURE §9, k8s/README.md "Validation"). Returns every violation rather than stopping at the first, so one
 * run shows a reviewer all that is wrong.
 */
public final class ManifestValidator {

    private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job",
            "CronJob", "Pod", "ReplicaSet");
    /** Run to completion, so liveness/readiness/startup probes mean nothing for them. */
    private static final Set<String> RUN_TO_COMPLETION_KINDS = Set.of("Job", "CronJob");

    private final ValidationProfile profile;
    private final SchemaValidator schemaValidator;

    public ManifestValidator(ValidationProfile profile, SchemaValidator schemaValidator) {
        this.profile = profile;
        this.schemaValidator = schemaValidator;
    }

    /** A validator with the schema check backed by the Kubernetes client models. */
    public static ManifestValidator forProfile(ValidationProfile profile) {
        return new ManifestValidator(profile, new SchemaValidator());
    }

    /** A running pod as the rules see it: where it comes from, its labels and annotations, its spec. */
    private record PodTemplate(KubernetesObject owner, Map<String, Object> labels, Map<String, Object> annotations,
                               Map<String, Object> spec) {
    }

    public List<Violation> validate(List<KubernetesObject> objects) {
        List<Violation> violations = new ArrayList<>();
        List<PodTemplate> pods = podTemplates(objects);
        for (KubernetesObject object : objects) {
            schemaValidator.validate(object)
                    .ifPresent(message -> violations.add(new Violation(Rules.SCHEMA, object.id(), message)));
            switch (object.kind()) {
                case "Secret" -> checkSecretObject(object, violations);
                case "ConfigMap" -> checkConfigMap(object, violations);
                case "NetworkPolicy" -> checkNetworkPolicy(object, pods, violations);
                default -> {
                }
            }
        }
        for (PodTemplate pod : pods) {
            checkPod(pod, violations);
        }
        if (profile.checkReferences()) {
            checkReferences(objects, pods, violations);
        }
        return violations;
    }

    /** Names of the Secrets the workloads reference that the rendering does not contain (created by operators). */
    public static Set<String> externalSecretNames(List<KubernetesObject> objects) {
        Set<String> rendered = new TreeSet<>();
        objects.stream().filter(o -> o.kind().equals("Secret")).forEach(o -> rendered.add(o.name()));
        Set<String> external = new TreeSet<>();
        for (PodTemplate pod : podTemplates(objects)) {
            for (NameReferences.Reference reference : NameReferences.find(pod.spec())) {
                if (reference.kind().equals("Secret") && !rendered.contains(reference.name())) {
                    external.add(reference.name());
                }
            }
        }
        return external;
    }

    private static List<PodTemplate> podTemplates(List<KubernetesObject> objects) {
        List<PodTemplate> pods = new ArrayList<>();
        for (KubernetesObject object : objects) {
            if (!WORKLOAD_KINDS.contains(object.kind())) {
                continue;
            }
            Map<String, Object> metadata = switch (object.kind()) {
                case "Pod" -> Trees.map(object.body(), "metadata");
                case "CronJob" -> Trees.path(object.body(), "spec", "jobTemplate", "spec", "template", "metadata");
                default -> Trees.path(object.body(), "spec", "template", "metadata");
            };
            for (Map<String, Object> spec : object.podSpecs()) {
                pods.add(new PodTemplate(object, orEmpty(Trees.map(metadata, "labels")),
                        orEmpty(Trees.map(metadata, "annotations")), spec));
            }
        }
        return pods;
    }

    private static Map<String, Object> orEmpty(Map<String, Object> map) {
        return map == null ? Map.of() : map;
    }

    // ---- pods and containers ----------------------------------------------------------------------------------

    private void checkPod(PodTemplate pod, List<Violation> violations) {
        String id = pod.owner().id();
        boolean longRunning = !RUN_TO_COMPLETION_KINDS.contains(pod.owner().kind());
        Map<String, Object> podSecurity = orEmpty(Trees.map(pod.spec(), "securityContext"));
        boolean writableRootExempt = exempt(pod.annotations(), ValidationProfile.WRITABLE_ROOT_EXEMPTION, id,
                violations);
        for (String list : List.of("initContainers", "containers")) {
            for (Map<String, Object> container : Trees.maps(pod.spec(), list)) {
                String where = "container " + Trees.string(container, "name");
                checkImage(container, id, where, violations);
                checkResources(container, id, where, violations);
                if (longRunning && list.equals("containers")) {
                    checkProbes(container, id, where, violations);
                }
                checkSecurityContext(container, podSecurity, writableRootExempt, id, where, violations);
                checkSecretEnv(container, id, where, violations);
            }
        }
    }

    /** An exemption counts only where the profile allows it and only with a reason. */
    private boolean exempt(Map<String, Object> annotations, String annotation, String id, List<Violation> violations) {
        Object reason = annotations.get(annotation);
        if (reason == null) {
            return false;
        }
        if (!profile.exemptionsAllowed()) {
            violations.add(new Violation(Rules.SECURITY_CONTEXT, id, "exemption " + annotation
                    + " is not allowed in the " + profile.name() + " rendering"));
            return false;
        }
        return !String.valueOf(reason).isBlank();
    }

    private static void checkImage(Map<String, Object> container, String id, String where,
                                   List<Violation> violations) {
        String image = Trees.string(container, "image");
        if (image == null) {
            violations.add(new Violation(Rules.IMAGE_TAG, id, where + " has no image"));
            return;
        }
        ImageReference reference = ImageReference.parse(image);
        if (reference.digest() == null && reference.tag() == null) {
            violations.add(new Violation(Rules.IMAGE_TAG, id, where + " image " + image
                    + " has no tag: it would pull :latest"));
        } else if ("latest".equalsIgnoreCase(reference.tag())) {
            violations.add(new Violation(Rules.IMAGE_TAG, id, where + " image " + image + " uses :latest"));
        }
    }

    private static void checkResources(Map<String, Object> container, String id, String where,
                                       List<Violation> violations) {
        Map<String, Object> resources = Trees.map(container, "resources");
        Map<String, Object> requests = Trees.map(resources, "requests");
        Map<String, Object> limits = Trees.map(resources, "limits");
        if (requests == null || requests.get("cpu") == null) {
            violations.add(new Violation(Rules.RESOURCES, id, where + " has no CPU request"));
        }
        if (requests == null || requests.get("memory") == null) {
            violations.add(new Violation(Rules.RESOURCES, id, where + " has no memory request"));
        }
        if (limits == null || limits.get("memory") == null) {
            violations.add(new Violation(Rules.RESOURCES, id, where + " has no memory limit"));
        }
    }

    private static void checkProbes(Map<String, Object> container, String id, String where,
                                    List<Violation> violations) {
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            if (Trees.map(container, probe) == null) {
                violations.add(new Violation(Rules.PROBES, id, where + " has no " + probe));
            }
        }
    }

    private static void checkSecurityContext(Map<String, Object> container, Map<String, Object> podSecurity,
                                             boolean writableRootExempt, String id, String where,
                                             List<Violation> violations) {
        Map<String, Object> security = orEmpty(Trees.map(container, "securityContext"));
        Object runAsNonRoot = security.containsKey("runAsNonRoot")
                ? security.get("runAsNonRoot") : podSecurity.get("runAsNonRoot");
        if (!Boolean.TRUE.equals(runAsNonRoot)) {
            violations.add(new Violation(Rules.SECURITY_CONTEXT, id, where + " does not set runAsNonRoot: true"));
        }
        Object runAsUser = security.containsKey("runAsUser") ? security.get("runAsUser") : podSecurity.get("runAsUser");
        if (runAsUser != null && "0".equals(String.valueOf(runAsUser))) {
            violations.add(new Violation(Rules.SECURITY_CONTEXT, id, where + " runs as user 0"));
        }
        if (!Boolean.TRUE.equals(security.get("readOnlyRootFilesystem")) && !writableRootExempt) {
            violations.add(new Violation(Rules.SECURITY_CONTEXT, id, where
                    + " does not set readOnlyRootFilesystem: true"));
        }
        if (!Boolean.FALSE.equals(security.get("allowPrivilegeEscalation"))) {
            violations.add(new Violation(Rules.SECURITY_CONTEXT, id, where
                    + " does not set allowPrivilegeEscalation: false"));
        }
        if (Boolean.TRUE.equals(security.get("privileged"))) {
            violations.add(new Violation(Rules.SECURITY_CONTEXT, id, where + " is privileged"));
        }
        List<Object> dropped = Trees.list(Trees.map(security, "capabilities"), "drop");
        if (dropped.stream().noneMatch(c -> "ALL".equals(String.valueOf(c)))) {
            violations.add(new Violation(Rules.SECURITY_CONTEXT, id, where + " does not drop ALL capabilities"));
        }
        if (!Trees.list(Trees.map(security, "capabilities"), "add").isEmpty()) {
            violations.add(new Violation(Rules.SECURITY_CONTEXT, id, where + " adds capabilities"));
        }
        Map<String, Object> seccomp = security.containsKey("seccompProfile")
                ? Trees.map(security, "seccompProfile") : Trees.map(podSecurity, "seccompProfile");
        String seccompType = Trees.string(seccomp, "type");
        if (!"RuntimeDefault".equals(seccompType) && !"Localhost".equals(seccompType)) {
            violations.add(new Violation(Rules.SECURITY_CONTEXT, id, where
                    + " has no RuntimeDefault seccomp profile"));
        }
    }

    private static void checkSecretEnv(Map<String, Object> container, String id, String where,
                                       List<Violation> violations) {
        for (Map<String, Object> env : Trees.maps(container, "env")) {
            String name = Trees.string(env, "name");
            if (name == null || !SecretLikeNames.isSecretEnv(name)) {
                continue;
            }
            if (env.containsKey("value")) {
                violations.add(new Violation(Rules.SECRET_ENV, id, where + " env " + name
                        + " is an inline value; reference a Secret with valueFrom.secretKeyRef"));
            } else if (Trees.path(env, "valueFrom", "secretKeyRef") == null) {
                violations.add(new Violation(Rules.SECRET_ENV, id, where + " env " + name
                        + " does not come from a Secret (valueFrom.secretKeyRef)"));
            }
        }
    }

    // ---- Secrets and ConfigMaps -------------------------------------------------------------------------------

    private void checkSecretObject(KubernetesObject secret, List<Violation> violations) {
        if (!profile.secretsAllowed()) {
            violations.add(new Violation(Rules.INLINE_SECRET, secret.id(), "the " + profile.name()
                    + " rendering must not contain Secrets: reference Secrets that the operator creates"));
        }
    }

    private void checkConfigMap(KubernetesObject configMap, List<Violation> violations) {
        Map<String, Object> annotations = orEmpty(Trees.path(configMap.body(), "metadata", "annotations"));
        if (annotations.containsKey(ValidationProfile.DEV_CREDENTIALS_EXEMPTION)) {
            if (!profile.exemptionsAllowed()) {
                violations.add(new Violation(Rules.CONFIGMAP_SECRET, configMap.id(), "exemption "
                        + ValidationProfile.DEV_CREDENTIALS_EXEMPTION + " is not allowed in the " + profile.name()
                        + " rendering"));
            } else if (!String.valueOf(annotations.get(ValidationProfile.DEV_CREDENTIALS_EXEMPTION)).isBlank()) {
                return;
            }
        }
        Map<String, Object> data = orEmpty(Trees.map(configMap.body(), "data"));
        for (Map.Entry<String, Object> entry : data.entrySet()) {
            String key = entry.getKey();
            String value = String.valueOf(entry.getValue());
            if (SecretLikeNames.isSecretLike(key)) {
                violations.add(new Violation(Rules.CONFIGMAP_SECRET, configMap.id(), "key " + key
                        + " looks like a credential; put it in a Secret"));
            }
            for (String nested : embeddedKeys(key, value)) {
                if (SecretLikeNames.isSecretLike(nested)) {
                    violations.add(new Violation(Rules.CONFIGMAP_SECRET, configMap.id(), "key " + nested + " in "
                            + key + " looks like a credential; put it in a Secret"));
                }
            }
            if (SecretLikeNames.containsUriCredentials(value)) {
                violations.add(new Violation(Rules.CONFIGMAP_SECRET, configMap.id(), "value of " + key
                        + " contains a URI with user:password"));
            }
        }
    }

    /** The keys inside a config file carried by a ConfigMap: YAML/JSON paths or properties/env names. */
    private static List<String> embeddedKeys(String fileName, String content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        List<String> keys = new ArrayList<>();
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
            try {
                for (Map<String, Object> document : Yamls.readAll(content, fileName)) {
                    flatten(document, "", keys);
                }
            } catch (RuntimeException e) {
                keys.add(fileName + " (unparseable: " + e.getMessage() + ")");
            }
        } else if (lower.endsWith(".properties") || lower.endsWith(".env")) {
            for (String line : content.split("\\R")) {
                String trimmed = line.strip();
                int separator = trimmed.indexOf('=');
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && separator > 0) {
                    keys.add(trimmed.substring(0, separator).strip());
                }
            }
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(Object node, String prefix, List<String> keys) {
        if (node instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = prefix.isEmpty() ? String.valueOf(entry.getKey()) : prefix + "." + entry.getKey();
                keys.add(key);
                flatten(entry.getValue(), key, keys);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(list.get(i), prefix + "[" + i + "]", keys);
            }
        }
    }

    // ---- network policies -------------------------------------------------------------------------------------

    private static void checkNetworkPolicy(KubernetesObject policy, List<PodTemplate> pods,
                                           List<Violation> violations) {
        List<PodTemplate> sameNamespace = pods.stream()
                .filter(p -> p.owner().namespace().equals(policy.namespace()))
                .toList();
        Map<String, Object> spec = orEmpty(Trees.map(policy.body(), "spec"));
        Map<String, Object> podSelector = Trees.map(spec, "podSelector");
        if (sameNamespace.stream().noneMatch(p -> LabelSelectors.matches(podSelector, p.labels()))) {
            violations.add(new Violation(Rules.NETWORK_POLICY_SELECTOR, policy.id(), "spec.podSelector "
                    + podSelector + " selects no pod of the rendering"));
        }
        Map<String, List<Map<String, Object>>> peers = new LinkedHashMap<>();
        Trees.maps(spec, "ingress").forEach(rule -> peers.computeIfAbsent("ingress.from", k -> new ArrayList<>())
                .addAll(Trees.maps(rule, "from")));
        Trees.maps(spec, "egress").forEach(rule -> peers.computeIfAbsent("egress.to", k -> new ArrayList<>())
                .addAll(Trees.maps(rule, "to")));
        peers.forEach((where, list) -> {
            for (Map<String, Object> peer : list) {
                Map<String, Object> peerSelector = Trees.map(peer, "podSelector");
                // A peer with a namespaceSelector names pods of other namespaces, which this rendering cannot see.
                if (peerSelector == null || peer.containsKey("namespaceSelector")) {
                    continue;
                }
                if (sameNamespace.stream().noneMatch(p -> LabelSelectors.matches(peerSelector, p.labels()))) {
                    violations.add(new Violation(Rules.NETWORK_POLICY_SELECTOR, policy.id(), where
                            + " podSelector " + peerSelector + " selects no pod of the rendering"));
                }
            }
        });
    }

    // ---- references -------------------------------------------------------------------------------------------

    private void checkReferences(List<KubernetesObject> objects, List<PodTemplate> pods,
                                 List<Violation> violations) {
        Map<String, KubernetesObject> byId = new LinkedHashMap<>();
        objects.forEach(o -> byId.put(o.kind() + "/" + o.namespace() + "/" + o.name(), o));
        for (PodTemplate pod : pods) {
            String namespace = pod.owner().namespace();
            for (NameReferences.Reference reference : NameReferences.find(pod.spec())) {
                if (reference.kind().equals("Secret") && !profile.secretsAllowed()) {
                    continue;
                }
                KubernetesObject target = byId.get(reference.kind() + "/" + namespace + "/" + reference.name());
                if (target == null) {
                    violations.add(new Violation(Rules.REFERENCES, pod.owner().id(), reference.where() + " refers to "
                            + reference.kind() + " " + reference.name() + ", which is not in the rendering"));
                } else if (reference.key() != null
                        && !orEmpty(Trees.map(target.body(), "data")).containsKey(reference.key())) {
                    violations.add(new Violation(Rules.REFERENCES, pod.owner().id(), reference.where() + " refers to key "
                            + reference.key() + " missing from " + reference.kind() + " " + reference.name()));
                }
            }
        }
        for (KubernetesObject object : objects) {
            switch (object.kind()) {
                case "Service" -> checkService(object, pods, violations);
                case "HorizontalPodAutoscaler" -> {
                    Map<String, Object> ref = Trees.path(object.body(), "spec", "scaleTargetRef");
                    String key = Trees.string(ref, "kind") + "/" + object.namespace() + "/" + Trees.string(ref, "name");
                    if (!byId.containsKey(key)) {
                        violations.add(new Violation(Rules.REFERENCES, object.id(), "scaleTargetRef " + key
                                + " is not in the rendering"));
                    }
                }
                case "PodDisruptionBudget" -> {
                    Map<String, Object> selector = Trees.path(object.body(), "spec", "selector");
                    if (pods.stream().noneMatch(p -> p.owner().namespace().equals(object.namespace())
                            && LabelSelectors.matches(selector, p.labels()))) {
                        violations.add(new Violation(Rules.REFERENCES, object.id(), "selector " + selector
                                + " selects no pod of the rendering"));
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void checkService(KubernetesObject service, List<PodTemplate> pods, List<Violation> violations) {
        Map<String, Object> selector = Trees.path(service.body(), "spec", "selector");
        List<PodTemplate> selected = pods.stream()
                .filter(p -> p.owner().namespace().equals(service.namespace())
                        && LabelSelectors.matchesMap(selector, p.labels()))
                .toList();
        if (selected.isEmpty()) {
            violations.add(new Violation(Rules.REFERENCES, service.id(), "selector " + selector
                    + " selects no pod of the rendering"));
            return;
        }
        for (Map<String, Object> port : Trees.maps(Trees.map(service.body(), "spec"), "ports")) {
            Object targetPort = port.get("targetPort") == null ? port.get("port") : port.get("targetPort");
            boolean served = selected.stream().allMatch(pod -> Trees.maps(pod.spec(), "containers").stream()
                    .flatMap(c -> Trees.maps(c, "ports").stream())
                    .anyMatch(p -> String.valueOf(targetPort).equals(Trees.string(p, "name"))
                            || String.valueOf(targetPort).equals(Trees.string(p, "containerPort"))));
            if (!served) {
                violations.add(new Violation(Rules.REFERENCES, service.id(), "targetPort " + targetPort
                        + " is not a container port of the selected pods"));
            }
        }
    }
}
