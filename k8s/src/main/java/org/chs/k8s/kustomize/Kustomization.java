package org.chs.k8s.kustomize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed kustomization.yaml, restricted to the fields this renderer implements.
 *
 * <p>Parsing is strict: an unknown field fails instead of being ignored, so a manifest that relies on a kustomize
 * feature we do not implement cannot pass validation with a silently different rendering. Deprecated fields are
 * refused with the replacement to use.
 */
public record Kustomization(
        Path directory,
        boolean component,
        String namespace,
        List<String> resources,
        List<String> components,
        List<Patch> patches,
        List<LabelSet> labels,
        List<ImageOverride> images,
        List<ReplicaOverride> replicas,
        List<Generator> configMapGenerators,
        List<Generator> secretGenerators,
        GeneratorOptions generatorOptions) {

    static final List<String> FILE_NAMES = List.of("kustomization.yaml", "kustomization.yml", "Kustomization");

    private static final Map<String, String> DEPRECATED = Map.of(
            "commonLabels", "use 'labels' (with includeSelectors only where selectors must change)",
            "patchesStrategicMerge", "use 'patches'",
            "patchesJson6902", "use 'patches'",
            "bases", "list the directory under 'resources'",
            "vars", "use 'replacements' (not supported by this renderer) or plain values",
            "imageTags", "use 'images'");

    private static final Set<String> FIELDS = Set.of("apiVersion", "kind", "metadata", "namespace", "resources",
            "components", "patches", "labels", "images", "replicas", "configMapGenerator", "secretGenerator",
            "generatorOptions");

    /** One entry of {@code patches}: a strategic-merge patch from a file or inline, optionally with a target. */
    public record Patch(String path, String patch, Target target) {
    }

    /** The selector of a patch; null fields match anything. */
    public record Target(String group, String version, String kind, String name, String namespace,
                         String labelSelector) {
    }

    /** One entry of {@code labels}. */
    public record LabelSet(Map<String, String> pairs, boolean includeSelectors, boolean includeTemplates) {
    }

    /** One entry of {@code images}. */
    public record ImageOverride(String name, String newName, String newTag, String digest) {
    }

    /** One entry of {@code replicas}. */
    public record ReplicaOverride(String name, int count) {
    }

    /** One entry of {@code configMapGenerator} or {@code secretGenerator}. */
    public record Generator(String name, String namespace, String behavior, List<String> files,
                            List<String> literals, List<String> envs, String type, GeneratorOptions options) {
    }

    /** {@code generatorOptions} or a generator's {@code options}. */
    public record GeneratorOptions(Map<String, String> labels, Map<String, String> annotations,
                                   Boolean disableNameSuffixHash) {

        static final GeneratorOptions NONE = new GeneratorOptions(Map.of(), Map.of(), null);

        /** These options with the other's fields laid over them, as a generator's options override the file's. */
        GeneratorOptions overriddenBy(GeneratorOptions other) {
            Map<String, String> mergedLabels = new LinkedHashMap<>(labels);
            mergedLabels.putAll(other.labels);
            Map<String, String> mergedAnnotations = new LinkedHashMap<>(annotations);
            mergedAnnotations.putAll(other.annotations);
            return new GeneratorOptions(mergedLabels, mergedAnnotations,
                    other.disableNameSuffixHash != null ? other.disableNameSuffixHash : disableNameSuffixHash);
        }

        boolean hashSuffix() {
            return !Boolean.TRUE.equals(disableNameSuffixHash);
        }
    }

    /** Reads the kustomization file of a directory. */
    public static Kustomization read(Path directory) {
        Path file = FILE_NAMES.stream()
                .map(directory::resolve)
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new KustomizeException("no kustomization.yaml in " + directory));
        Map<String, Object> root = Yamls.readAll(file).stream().findFirst()
                .orElseThrow(() -> new KustomizeException(file + " is empty"));
        Fields fields = new Fields(root, file.toString());
        for (String key : root.keySet()) {
            if (DEPRECATED.containsKey(key)) {
                throw new KustomizeException(file + ": '" + key + "' is deprecated; " + DEPRECATED.get(key));
            }
        }
        fields.allowOnly(FIELDS);
        String kind = fields.string("kind");
        boolean component = "Component".equals(kind);
        if (kind != null && !component && !"Kustomization".equals(kind)) {
            throw new KustomizeException(file + ": unknown kind " + kind);
        }
        return new Kustomization(
                directory,
                component,
                fields.string("namespace"),
                fields.strings("resources"),
                fields.strings("components"),
                fields.objects("patches").stream().map(f -> patch(f)).toList(),
                fields.objects("labels").stream().map(f -> labelSet(f)).toList(),
                fields.objects("images").stream().map(f -> image(f)).toList(),
                fields.objects("replicas").stream().map(f -> replica(f)).toList(),
                fields.objects("configMapGenerator").stream().map(f -> generator(f, false)).toList(),
                fields.objects("secretGenerator").stream().map(f -> generator(f, true)).toList(),
                fields.object("generatorOptions").map(Kustomization::options).orElse(GeneratorOptions.NONE));
    }

    private static Patch patch(Fields f) {
        f.allowOnly(Set.of("path", "patch", "target"));
        String path = f.string("path");
        String inline = f.string("patch");
        if ((path == null) == (inline == null)) {
            throw new KustomizeException(f.origin() + ": a patch needs exactly one of 'path' and 'patch'");
        }
        Target target = f.object("target").map(t -> {
            t.allowOnly(Set.of("group", "version", "kind", "name", "namespace", "labelSelector"));
            return new Target(t.string("group"), t.string("version"), t.string("kind"), t.string("name"),
                    t.string("namespace"), t.string("labelSelector"));
        }).orElse(null);
        return new Patch(path, inline, target);
    }

    private static LabelSet labelSet(Fields f) {
        f.allowOnly(Set.of("pairs", "includeSelectors", "includeTemplates"));
        boolean includeSelectors = f.bool("includeSelectors");
        if (includeSelectors) {
            // Selectors are immutable on a live Deployment; this project writes them by hand on purpose.
            throw new KustomizeException(f.origin() + ": labels.includeSelectors is not supported by this renderer");
        }
        return new LabelSet(f.stringMap("pairs"), false, f.bool("includeTemplates"));
    }

    private static ImageOverride image(Fields f) {
        f.allowOnly(Set.of("name", "newName", "newTag", "digest"));
        return new ImageOverride(f.required("name"), f.string("newName"), f.string("newTag"), f.string("digest"));
    }

    private static ReplicaOverride replica(Fields f) {
        f.allowOnly(Set.of("name", "count"));
        return new ReplicaOverride(f.required("name"), Integer.parseInt(f.required("count")));
    }

    private static Generator generator(Fields f, boolean secret) {
        Set<String> allowed = secret
                ? Set.of("name", "namespace", "behavior", "files", "literals", "envs", "type", "options")
                : Set.of("name", "namespace", "behavior", "files", "literals", "envs", "options");
        f.allowOnly(allowed);
        String behavior = f.string("behavior") == null ? "create" : f.string("behavior");
        if (!Set.of("create", "merge", "replace").contains(behavior)) {
            throw new KustomizeException(f.origin() + ": unknown generator behavior " + behavior);
        }
        return new Generator(f.required("name"), f.string("namespace"), behavior, f.strings("files"),
                f.strings("literals"), f.strings("envs"), f.string("type"),
                f.object("options").map(Kustomization::options).orElse(GeneratorOptions.NONE));
    }

    private static GeneratorOptions options(Fields f) {
        f.allowOnly(Set.of("labels", "annotations", "disableNameSuffixHash"));
        Object disable = f.raw().get("disableNameSuffixHash");
        return new GeneratorOptions(f.stringMap("labels"), f.stringMap("annotations"),
                disable == null ? null : Boolean.valueOf(String.valueOf(disable)));
    }

    /** Typed, strict access to one mapping of the kustomization file. */
    private record Fields(Map<String, Object> raw, String origin) {

        void allowOnly(Set<String> allowed) {
            for (String key : raw.keySet()) {
                if (!allowed.contains(key)) {
                    throw new KustomizeException(origin + ": field '" + key + "' is not supported by this renderer "
                            + "(supported: " + allowed.stream().sorted().toList() + ")");
                }
            }
        }

        String string(String key) {
            Object value = raw.get(key);
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw new KustomizeException(origin + ": '" + key + "' must be a scalar");
            }
            return value == null ? null : String.valueOf(value);
        }

        String required(String key) {
            String value = string(key);
            if (value == null || value.isBlank()) {
                throw new KustomizeException(origin + ": '" + key + "' is required");
            }
            return value;
        }

        boolean bool(String key) {
            return Boolean.parseBoolean(string(key));
        }

        List<String> strings(String key) {
            Object value = raw.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw new KustomizeException(origin + ": '" + key + "' must be a list");
            }
            List<String> strings = new ArrayList<>();
            for (Object element : list) {
                if (element instanceof Map<?, ?> || element instanceof List<?>) {
                    throw new KustomizeException(origin + ": '" + key + "' must be a list of strings");
                }
                strings.add(String.valueOf(element));
            }
            return strings;
        }

        Map<String, String> stringMap(String key) {
            Object value = raw.get(key);
            if (value == null) {
                return Map.of();
            }
            if (!(value instanceof Map<?, ?> map)) {
                throw new KustomizeException(origin + ": '" + key + "' must be a mapping");
            }
            Map<String, String> strings = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (!(v instanceof String)) {
                    // kustomize rejects non-string label values too (a bare true or 1 is not a label value).
                    throw new KustomizeException(origin + ": '" + key + "." + k + "' must be a string");
                }
                strings.put(String.valueOf(k), (String) v);
            });
            return strings;
        }

        @SuppressWarnings("unchecked")
        java.util.Optional<Fields> object(String key) {
            Object value = raw.get(key);
            if (value == null) {
                return java.util.Optional.empty();
            }
            if (!(value instanceof Map<?, ?>)) {
                throw new KustomizeException(origin + ": '" + key + "' must be a mapping");
            }
            return java.util.Optional.of(new Fields((Map<String, Object>) value, origin + " " + key));
        }

        @SuppressWarnings("unchecked")
        List<Fields> objects(String key) {
            Object value = raw.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw new KustomizeException(origin + ": '" + key + "' must be a list");
            }
            List<Fields> objects = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof Map<?, ?>)) {
                    throw new KustomizeException(origin + ": '" + key + "[" + i + "]' must be a mapping");
                }
                objects.add(new Fields((Map<String, Object>) list.get(i), origin + " " + key + "[" + i + "]"));
            }
            return objects;
        }
    }
}
