package org.chs.k8s.kustomize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Kubernetes strategic-merge patch for the built-in types this project patches.
 *
 * <p>Maps merge recursively and a null value deletes a key. Lists with a patch merge key (containers by name,
 * env by name, volumeMounts by mountPath, ...) merge element by element; the result lists the patch's elements in
 * patch order, then the remaining original elements, which is the order kubectl and kustomize produce. Lists
 * without a merge key are replaced. {@code $patch: delete} removes a list element; other directives are refused.
 */
public final class StrategicMerge {

    private static final Set<String> CONTAINER_LISTS = Set.of("containers", "initContainers", "ephemeralContainers");

    private StrategicMerge() {
    }

    public static Map<String, Object> apply(Map<String, Object> original, Map<String, Object> patch) {
        return mergeMaps(Trees.deepCopy(original), patch, new ArrayList<>());
    }

    private static Map<String, Object> mergeMaps(Map<String, Object> original, Map<String, Object> patch,
                                                 List<String> path) {
        Map<String, Object> result = new LinkedHashMap<>(original);
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.startsWith("$")) {
                throw new KustomizeException("strategic-merge directive " + key + " at " + String.join(".", path)
                        + " is not supported by this renderer");
            }
            if (value == null) {
                result.remove(key);
                continue;
            }
            List<String> childPath = new ArrayList<>(path);
            childPath.add(key);
            result.put(key, merge(result.get(key), value, childPath));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Object merge(Object original, Object patch, List<String> path) {
        if (patch instanceof Map<?, ?> patchMap) {
            Map<String, Object> typedPatch = (Map<String, Object>) patchMap;
            if ("replace".equals(typedPatch.get("$patch"))) {
                Map<String, Object> replacement = Trees.deepCopy(typedPatch);
                replacement.remove("$patch");
                return replacement;
            }
            if (original instanceof Map<?, ?> originalMap) {
                return mergeMaps((Map<String, Object>) originalMap, typedPatch, path);
            }
            return mergeMaps(new LinkedHashMap<>(), typedPatch, path);
        }
        if (patch instanceof List<?> patchList) {
            String mergeKey = mergeKey(path);
            if (mergeKey != null && original instanceof List<?> originalList) {
                return mergeLists((List<Object>) originalList, (List<Object>) patchList, mergeKey, path);
            }
            return Trees.deepCopy(patch);
        }
        return patch;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> mergeLists(List<Object> original, List<Object> patch, String mergeKey,
                                           List<String> path) {
        List<Object> result = new ArrayList<>();
        List<Object> patchedKeys = new ArrayList<>();
        for (Object patchElement : patch) {
            if (!(patchElement instanceof Map<?, ?> patchMap) || !patchMap.containsKey(mergeKey)) {
                throw new KustomizeException("list element at " + String.join(".", path) + " lacks its merge key '"
                        + mergeKey + "'");
            }
            Object key = patchMap.get(mergeKey);
            patchedKeys.add(key);
            Map<String, Object> typedPatch = (Map<String, Object>) patchMap;
            boolean delete = "delete".equals(typedPatch.get("$patch"));
            Map<String, Object> match = findByKey(original, mergeKey, key);
            if (delete) {
                continue;
            }
            result.add(match == null ? mergeMaps(new LinkedHashMap<>(), typedPatch, path)
                    : mergeMaps(match, typedPatch, path));
        }
        for (Object originalElement : original) {
            Object key = originalElement instanceof Map<?, ?> map ? map.get(mergeKey) : null;
            if (key == null || patchedKeys.stream().noneMatch(k -> Objects.equals(String.valueOf(k),
                    String.valueOf(key)))) {
                result.add(originalElement);
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> findByKey(List<Object> list, String mergeKey, Object key) {
        for (Object element : list) {
            if (element instanceof Map<?, ?> map && Objects.equals(String.valueOf(map.get(mergeKey)),
                    String.valueOf(key))) {
                return (Map<String, Object>) map;
            }
        }
        return null;
    }

    /** The patchMergeKey of the Kubernetes API for the list at this path, or null when the list is replaced. */
    private static String mergeKey(List<String> path) {
        String field = path.get(path.size() - 1);
        return switch (field) {
            case "containers", "initContainers", "ephemeralContainers", "env", "volumes", "imagePullSecrets" -> "name";
            case "volumeMounts" -> "mountPath";
            case "volumeDevices" -> "devicePath";
            case "hostAliases" -> "ip";
            case "topologySpreadConstraints" -> "topologyKey";
            case "ports" -> path.stream().anyMatch(CONTAINER_LISTS::contains) ? "containerPort" : "port";
            default -> null;
        };
    }
}
