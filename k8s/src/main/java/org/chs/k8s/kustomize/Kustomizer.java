package org.chs.k8s.kustomize;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.chs.k8s.kustomize.Kustomization.Generator;
import org.chs.k8s.kustomize.Kustomization.GeneratorOptions;
import org.chs.k8s.kustomize.Kustomization.LabelSet;
import org.chs.k8s.kustomize.Kustomization.Patch;
import org.chs.k8s.kustomize.Kustomization.Target;

/**
 * Renders a kustomization directory the way {@code kubectl kustomize} (kustomize v5) does, for the subset of
 * kustomize this repository uses: resources (files and directories), components, namespace, labels, images,
 * replicas, strategic-merge patches (by name or by target with a label selector) and ConfigMap/Secret generators
 * with kustomize's name hash and the rewriting of references to the hashed names.
 *
 * <p>Exists because no maintained kustomize implementation for the JVM is published on Maven Central and CI
 * machines need not have kubectl. Anything outside the subset fails loudly (see {@link Kustomization}); when
 * kubectl is installed, KubectlCrossCheckTest compares this renderer's output with kubectl's, object by object.
 */
public final class Kustomizer {

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass",
            "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "APIService", "RuntimeClass",
            "CSIDriver", "Node");
    private static final Set<String> POD_TEMPLATE_KINDS = Set.of("Deployment", "ReplicaSet", "DaemonSet",
            "StatefulSet", "Job", "ReplicationController");
    private static final Set<String> SCALABLE_KINDS = Set.of("Deployment", "ReplicaSet", "StatefulSet",
            "ReplicationController");
    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers", "ephemeralContainers");
    private static final List<String> ORDER_FIRST = List.of("Namespace", "ResourceQuota", "StorageClass",
            "CustomResourceDefinition", "ServiceAccount", "PodSecurityPolicy", "Role", "ClusterRole", "RoleBinding",
            "ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service", "LimitRange", "PriorityClass",
            "PersistentVolume", "PersistentVolumeClaim", "Deployment", "StatefulSet", "CronJob",
            "PodDisruptionBudget");
    private static final List<String> ORDER_LAST = List.of("MutatingWebhookConfiguration",
            "ValidatingWebhookConfiguration");
    private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");
    private static final Pattern ENV_NAME = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");

    /** An object being built, with what kustomize tracks beside it: its pre-hash name and whether to hash it. */
    private static final class Res {
        private Map<String, Object> body;
        private final String originalName;
        private boolean hashSuffix;

        Res(Map<String, Object> body, boolean hashSuffix) {
            this.body = body;
            this.originalName = Trees.string(Trees.map(body, "metadata"), "name");
            this.hashSuffix = hashSuffix;
        }

        String kind() {
            return Trees.string(body, "kind");
        }

        String namespace() {
            String namespace = Trees.string(Trees.map(body, "metadata"), "namespace");
            return namespace == null ? "" : namespace;
        }

        String id() {
            return kind() + "/" + namespace() + "/" + originalName;
        }
    }

    /** Renders the kustomization in this directory, ordered as kubectl's legacy ordering does. */
    public List<KubernetesObject> render(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        Kustomization kustomization = Kustomization.read(root);
        if (kustomization.component()) {
            throw new KustomizeException(root + " is a Component; render a Kustomization that includes it");
        }
        List<Res> resources = new ArrayList<>();
        Deque<Path> stack = new ArrayDeque<>();
        stack.push(root);
        accumulate(kustomization, resources, stack);
        applyNameHashes(resources);
        return resources.stream()
                .sorted(Comparator.comparingInt((Res r) -> order(r.kind()))
                        .thenComparing(Res::kind)
                        .thenComparing(Res::namespace)
                        .thenComparing(r -> Trees.string(Trees.map(r.body, "metadata"), "name")))
                .map(r -> new KubernetesObject(Trees.deepCopy(r.body)))
                .toList();
    }

    private static int order(String kind) {
        int first = ORDER_FIRST.indexOf(kind);
        if (first >= 0) {
            return first;
        }
        int last = ORDER_LAST.indexOf(kind);
        return last >= 0 ? ORDER_FIRST.size() + 1 + last : ORDER_FIRST.size();
    }

    // kustomize's order: resources, then components (which act on everything accumulated so far), then this
    // level's generators, then its transformers.
    private void accumulate(Kustomization kustomization, List<Res> into, Deque<Path> stack) {
        Path dir = kustomization.directory();
        for (String entry : kustomization.resources()) {
            if (entry.contains("://") || entry.startsWith("github.com/")) {
                throw new KustomizeException(dir + ": remote resource " + entry + " is not supported");
            }
            Path path = dir.resolve(entry).normalize();
            if (Files.isDirectory(path)) {
                Kustomization child = enter(path, stack);
                if (child.component()) {
                    throw new KustomizeException(path + " is a Component; list it under 'components' in " + dir);
                }
                List<Res> childResources = new ArrayList<>();
                accumulate(child, childResources, stack);
                stack.pop();
                childResources.forEach(r -> addUnique(into, r, dir));
            } else if (Files.isRegularFile(path)) {
                requireInside(dir, path);
                for (Map<String, Object> document : Yamls.readAll(path)) {
                    requireIdentity(document, path);
                    addUnique(into, new Res(document, false), dir);
                }
            } else {
                throw new KustomizeException(dir + ": resource " + entry + " does not exist");
            }
        }
        for (String entry : kustomization.components()) {
            Path path = dir.resolve(entry).normalize();
            Kustomization component = enter(path, stack);
            if (!component.component()) {
                throw new KustomizeException(path + " is listed under 'components' but is not kind: Component");
            }
            accumulate(component, into, stack);
            stack.pop();
        }
        for (Generator generator : kustomization.configMapGenerators()) {
            generate(kustomization, generator, false, into);
        }
        for (Generator generator : kustomization.secretGenerators()) {
            generate(kustomization, generator, true, into);
        }
        for (Patch patch : kustomization.patches()) {
            applyPatch(kustomization, patch, into);
        }
        if (kustomization.namespace() != null) {
            applyNamespace(kustomization.namespace(), into);
        }
        for (LabelSet labels : kustomization.labels()) {
            applyLabels(labels, into);
        }
        for (Kustomization.ReplicaOverride replica : kustomization.replicas()) {
            applyReplicas(replica, into, dir);
        }
        for (Kustomization.ImageOverride image : kustomization.images()) {
            into.forEach(r -> applyImage(image, r.body, null));
        }
    }

    private static Kustomization enter(Path path, Deque<Path> stack) {
        if (stack.contains(path)) {
            throw new KustomizeException("cycle: " + path + " includes itself via " + stack);
        }
        if (!Files.isDirectory(path)) {
            throw new KustomizeException(path + " is not a directory");
        }
        stack.push(path);
        return Kustomization.read(path);
    }

    /** kustomize's default load restriction: files must lie in or below the kustomization directory. */
    private static void requireInside(Path dir, Path file) {
        if (!file.normalize().startsWith(dir)) {
            throw new KustomizeException(dir + ": file " + file + " is outside the kustomization directory; "
                    + "kustomize refuses it without --load-restrictor LoadRestrictionsNone");
        }
    }

    private static void requireIdentity(Map<String, Object> document, Path origin) {
        if (Trees.string(document, "apiVersion") == null || Trees.string(document, "kind") == null
                || Trees.string(Trees.map(document, "metadata"), "name") == null) {
            throw new KustomizeException(origin + ": every resource needs apiVersion, kind and metadata.name");
        }
    }

    private static void addUnique(List<Res> into, Res resource, Path dir) {
        for (Res existing : into) {
            if (existing.id().equals(resource.id())) {
                throw new KustomizeException(dir + ": " + resource.id() + " is defined twice");
            }
        }
        into.add(resource);
    }

    // ---- generators -------------------------------------------------------------------------------------------

    private void generate(Kustomization kustomization, Generator generator, boolean secret, List<Res> into) {
        String kind = secret ? "Secret" : "ConfigMap";
        GeneratorOptions options = kustomization.generatorOptions().overriddenBy(generator.options());
        Map<String, String> data = generatorData(kustomization.directory(), generator, secret);
        String namespace = generator.namespace() == null ? "" : generator.namespace();
        Res existing = into.stream()
                .filter(r -> r.kind().equals(kind) && generator.name().equals(r.originalName)
                        && (namespace.isEmpty() || namespace.equals(r.namespace())))
                .findFirst().orElse(null);
        switch (generator.behavior()) {
            case "create" -> {
                if (existing != null) {
                    throw new KustomizeException(kustomization.directory() + ": " + kind + " " + generator.name()
                            + " already exists; use behavior: merge or replace");
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("apiVersion", "v1");
                body.put("kind", kind);
                Map<String, Object> metadata = new LinkedHashMap<>();
                metadata.put("name", generator.name());
                if (!namespace.isEmpty()) {
                    metadata.put("namespace", namespace);
                }
                if (!options.labels().isEmpty()) {
                    metadata.put("labels", new LinkedHashMap<>(options.labels()));
                }
                if (!options.annotations().isEmpty()) {
                    metadata.put("annotations", new LinkedHashMap<>(options.annotations()));
                }
                body.put("metadata", metadata);
                if (!data.isEmpty()) {
                    body.put("data", new LinkedHashMap<String, Object>(data));
                }
                if (secret) {
                    body.put("type", generator.type() == null ? "Opaque" : generator.type());
                }
                into.add(new Res(body, options.hashSuffix()));
            }
            case "merge", "replace" -> {
                if (existing == null) {
                    throw new KustomizeException(kustomization.directory() + ": behavior " + generator.behavior()
                            + " needs an existing " + kind + " " + generator.name());
                }
                Map<String, Object> merged = "merge".equals(generator.behavior())
                        ? new LinkedHashMap<>(Trees.map(existing.body, "data") == null
                                ? Map.of() : Trees.map(existing.body, "data"))
                        : new LinkedHashMap<>();
                merged.putAll(data);
                existing.body.put("data", merged);
                Map<String, Object> metadata = Trees.mapOrCreate(existing.body, "metadata");
                if (!options.labels().isEmpty()) {
                    Trees.mapOrCreate(metadata, "labels").putAll(options.labels());
                }
                if (!options.annotations().isEmpty()) {
                    Trees.mapOrCreate(metadata, "annotations").putAll(options.annotations());
                }
                if (generator.options().disableNameSuffixHash() != null) {
                    existing.hashSuffix = generator.options().hashSuffix();
                }
            }
            default -> throw new IllegalStateException(generator.behavior());
        }
    }

    /** The generator's key/value pairs; Secret values come back base64-encoded, as they sit in the object. */
    private static Map<String, String> generatorData(Path dir, Generator generator, boolean secret) {
        Map<String, byte[]> raw = new LinkedHashMap<>();
        String origin = dir + " generator " + generator.name();
        for (String envFile : generator.envs()) {
            Path path = dir.resolve(envFile).normalize();
            requireInside(dir, path);
            for (String line : readString(path).split("\\R")) {
                String trimmed = line.stripLeading();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                int eq = trimmed.indexOf('=');
                if (eq < 0) {
                    // kustomize would read the value from the environment of whoever renders: not reproducible.
                    throw new KustomizeException(origin + ": " + path + " line '" + trimmed + "' has no value");
                }
                String key = trimmed.substring(0, eq);
                if (!ENV_NAME.matcher(key).matches()) {
                    throw new KustomizeException(origin + ": invalid key '" + key + "' in " + path);
                }
                put(raw, key, trimmed.substring(eq + 1).getBytes(StandardCharsets.UTF_8), origin);
            }
        }
        for (String literal : generator.literals()) {
            int eq = literal.indexOf('=');
            if (eq <= 0) {
                throw new KustomizeException(origin + ": literal '" + literal + "' is not KEY=VALUE");
            }
            put(raw, literal.substring(0, eq), unquote(literal.substring(eq + 1)).getBytes(StandardCharsets.UTF_8),
                    origin);
        }
        for (String file : generator.files()) {
            int eq = file.indexOf('=');
            String key = eq < 0 ? Path.of(file).getFileName().toString() : file.substring(0, eq);
            Path path = dir.resolve(eq < 0 ? file : file.substring(eq + 1)).normalize();
            requireInside(dir, path);
            try {
                put(raw, key, Files.readAllBytes(path), origin);
            } catch (IOException e) {
                throw new KustomizeException(origin + ": cannot read " + path, e);
            }
        }
        Map<String, String> data = new LinkedHashMap<>();
        raw.forEach((key, bytes) -> data.put(key, secret
                ? kustomizeBase64(bytes)
                : utf8(bytes, origin + " key " + key)));
        return data;
    }

    /**
     * Base64 as kustomize writes Secret data: values of 70 encoded characters or more are cut into 70-character
     * lines, each ending in a newline. The API server accepts both forms; the hash suffix differs, so we match.
     */
    static String kustomizeBase64(byte[] bytes) {
        String encoded = Base64.getEncoder().encodeToString(bytes);
        int lineLength = 70;
        if (encoded.length() < lineLength) {
            return encoded;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < encoded.length(); i += lineLength) {
            out.append(encoded, i, Math.min(i + lineLength, encoded.length())).append('\n');
        }
        return out.toString();
    }

    private static void put(Map<String, byte[]> raw, String key, byte[] value, String origin) {
        if (!CONFIG_KEY.matcher(key).matches()) {
            throw new KustomizeException(origin + ": invalid key '" + key + "'");
        }
        if (raw.put(key, value) != null) {
            throw new KustomizeException(origin + ": key '" + key + "' is defined twice");
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String utf8(byte[] bytes, String origin) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // kustomize would move such a key to binaryData; no manifest here needs that.
            throw new KustomizeException(origin + " is not UTF-8 text; binaryData is not supported");
        }
    }

    private static String readString(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new KustomizeException("cannot read " + path, e);
        }
    }

    // ---- transformers -----------------------------------------------------------------------------------------

    private void applyPatch(Kustomization kustomization, Patch patch, List<Res> into) {
        Path dir = kustomization.directory();
        String text;
        String origin;
        if (patch.path() != null) {
            Path path = dir.resolve(patch.path()).normalize();
            requireInside(dir, path);
            text = readString(path);
            origin = path.toString();
        } else {
            text = patch.patch();
            origin = dir + " inline patch";
        }
        if (Yamls.isSequence(text)) {
            throw new KustomizeException(origin + ": JSON 6902 patches are not supported; write a strategic-merge patch");
        }
        Map<String, Object> body = Yamls.readOne(text, origin);
        List<Res> targets;
        if (patch.target() == null) {
            String kind = Trees.string(body, "kind");
            String name = Trees.string(Trees.map(body, "metadata"), "name");
            String namespace = Trees.string(Trees.map(body, "metadata"), "namespace");
            if (kind == null || name == null) {
                throw new KustomizeException(origin + ": a patch without target needs kind and metadata.name");
            }
            targets = into.stream()
                    .filter(r -> r.kind().equals(kind) && name.equals(r.originalName)
                            && (namespace == null || namespace.equals(r.namespace())))
                    .toList();
            if (targets.size() != 1) {
                throw new KustomizeException(origin + ": patch for " + kind + " " + name + " matches "
                        + targets.size() + " resources, expected 1");
            }
        } else {
            targets = into.stream().filter(r -> matches(patch.target(), r)).toList();
            if (targets.isEmpty()) {
                // kustomize ignores such a patch; a patch that changes nothing is a mistake worth failing on.
                throw new KustomizeException(origin + ": patch target " + patch.target() + " matches nothing");
            }
        }
        Map<String, Object> cleaned = Trees.deepCopy(body);
        // kustomize applies the patch under the target's identity; the patch's own name and kind do not rename.
        cleaned.remove("apiVersion");
        cleaned.remove("kind");
        Map<String, Object> metadata = Trees.map(cleaned, "metadata");
        if (metadata != null) {
            metadata.remove("name");
            metadata.remove("namespace");
            if (metadata.isEmpty()) {
                cleaned.remove("metadata");
            }
        }
        for (Res target : targets) {
            target.body = StrategicMerge.apply(target.body, cleaned);
        }
    }

    private static boolean matches(Target target, Res resource) {
        String apiVersion = Trees.string(resource.body, "apiVersion");
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String version = apiVersion.contains("/") ? apiVersion.substring(apiVersion.indexOf('/') + 1) : apiVersion;
        if (target.group() != null && !target.group().equals(group)) {
            return false;
        }
        if (target.version() != null && !target.version().equals(version)) {
            return false;
        }
        if (target.kind() != null && !target.kind().equals(resource.kind())) {
            return false;
        }
        if (target.name() != null && !Pattern.matches(target.name(), resource.originalName)) {
            return false;
        }
        if (target.namespace() != null && !Pattern.matches(target.namespace(), resource.namespace())) {
            return false;
        }
        if (target.labelSelector() != null) {
            Map<String, Object> labels = Trees.map(Trees.map(resource.body, "metadata"), "labels");
            return selects(target.labelSelector(), labels == null ? Map.of() : labels);
        }
        return true;
    }

    /** Equality-based label selectors: {@code k=v}, {@code k==v}, {@code k!=v}, {@code k}, {@code !k}. */
    static boolean selects(String selector, Map<String, Object> labels) {
        for (String requirement : selector.split(",")) {
            String term = requirement.trim();
            if (term.isEmpty()) {
                continue;
            }
            if (term.contains(" in ") || term.contains(" notin ") || term.contains("(")) {
                throw new KustomizeException("set-based label selector '" + term + "' is not supported");
            }
            boolean matched;
            if (term.contains("!=")) {
                String[] parts = term.split("!=", 2);
                matched = !parts[1].trim().equals(String.valueOf(labels.get(parts[0].trim())));
            } else if (term.contains("=")) {
                String[] parts = term.split("==?", 2);
                matched = parts[1].trim().equals(String.valueOf(labels.get(parts[0].trim())));
            } else if (term.startsWith("!")) {
                matched = !labels.containsKey(term.substring(1).trim());
            } else {
                matched = labels.containsKey(term);
            }
            if (!matched) {
                return false;
            }
        }
        return true;
    }

    private static void applyNamespace(String namespace, List<Res> into) {
        for (Res resource : into) {
            Map<String, Object> metadata = Trees.mapOrCreate(resource.body, "metadata");
            if ("Namespace".equals(resource.kind())) {
                // As kustomize does: a Namespace object in the build becomes the target namespace.
                metadata.put("name", namespace);
            } else if (!CLUSTER_SCOPED.contains(resource.kind())) {
                metadata.put("namespace", namespace);
            }
        }
    }

    private static void applyLabels(LabelSet labels, List<Res> into) {
        for (Res resource : into) {
            Trees.mapOrCreate(Trees.mapOrCreate(resource.body, "metadata"), "labels").putAll(labels.pairs());
            if (!labels.includeTemplates()) {
                continue;
            }
            Map<String, Object> spec = Trees.map(resource.body, "spec");
            if (spec == null) {
                continue;
            }
            String kind = resource.kind();
            if (POD_TEMPLATE_KINDS.contains(kind)) {
                addTemplateLabels(Trees.mapOrCreate(spec, "template"), labels.pairs());
            }
            if ("StatefulSet".equals(kind)) {
                for (Map<String, Object> claim : Trees.maps(spec, "volumeClaimTemplates")) {
                    addTemplateLabels(claim, labels.pairs());
                }
            }
            if ("CronJob".equals(kind)) {
                Map<String, Object> jobTemplate = Trees.mapOrCreate(spec, "jobTemplate");
                addTemplateLabels(jobTemplate, labels.pairs());
                addTemplateLabels(Trees.mapOrCreate(Trees.mapOrCreate(jobTemplate, "spec"), "template"),
                        labels.pairs());
            }
        }
    }

    private static void addTemplateLabels(Map<String, Object> template, Map<String, String> pairs) {
        Trees.mapOrCreate(Trees.mapOrCreate(template, "metadata"), "labels").putAll(pairs);
    }

    private static void applyReplicas(Kustomization.ReplicaOverride replica, List<Res> into, Path dir) {
        List<Res> targets = into.stream()
                .filter(r -> SCALABLE_KINDS.contains(r.kind()) && replica.name().equals(r.originalName))
                .toList();
        if (targets.isEmpty()) {
            throw new KustomizeException(dir + ": replicas for " + replica.name() + " match no workload");
        }
        targets.forEach(r -> Trees.mapOrCreate(r.body, "spec").put("replicas", replica.count()));
    }

    @SuppressWarnings("unchecked")
    private static void applyImage(Kustomization.ImageOverride image, Object node, String field) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> typed = (Map<String, Object>) map;
            if (field != null && CONTAINER_LISTS.contains(field) && typed.get("image") instanceof String current) {
                typed.put("image", ImageReference.parse(current).override(image));
            }
            typed.forEach((key, value) -> applyImage(image, value, key));
        } else if (node instanceof List<?> list) {
            list.forEach(element -> applyImage(image, element, field));
        }
    }

    // ---- name hashes and references ---------------------------------------------------------------------------

    private static void applyNameHashes(List<Res> resources) {
        Map<String, String> renamed = new HashMap<>();
        for (Res resource : resources) {
            if (!resource.hashSuffix) {
                continue;
            }
            Map<String, String> data = stringMap(Trees.map(resource.body, "data"));
            String hash = "Secret".equals(resource.kind())
                    ? NameHash.secret(data, Trees.string(resource.body, "type"))
                    : NameHash.configMap(data, stringMap(Trees.map(resource.body, "binaryData")));
            String name = resource.originalName + "-" + hash;
            Trees.mapOrCreate(resource.body, "metadata").put("name", name);
            renamed.put(resource.kind() + "/" + resource.namespace() + "/" + resource.originalName, name);
        }
        if (renamed.isEmpty()) {
            return;
        }
        for (Res resource : resources) {
            for (Map<String, Object> podSpec : podSpecs(resource)) {
                NameReferences.rewrite(podSpec, (kind, name) ->
                        renamed.getOrDefault(kind + "/" + resource.namespace() + "/" + name, name));
            }
        }
    }

    private static Map<String, String> stringMap(Map<String, Object> map) {
        Map<String, String> strings = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((k, v) -> strings.put(k, String.valueOf(v)));
        }
        return strings;
    }

    static List<Map<String, Object>> podSpecs(Res resource) {
        return podSpecs(resource.kind(), resource.body);
    }

    /** The pod specs inside a workload: its own spec for a Pod, its template's otherwise. */
    public static List<Map<String, Object>> podSpecs(String kind, Map<String, Object> body) {
        Map<String, Object> spec = switch (kind) {
            case "Pod" -> Trees.map(body, "spec");
            case "CronJob" -> Trees.path(body, "spec", "jobTemplate", "spec", "template", "spec");
            default -> POD_TEMPLATE_KINDS.contains(kind) ? Trees.path(body, "spec", "template", "spec") : null;
        };
        return spec == null ? List.of() : List.of(spec);
    }
}
