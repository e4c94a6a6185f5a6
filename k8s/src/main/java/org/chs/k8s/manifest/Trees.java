package org.chs.k8s.manifest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Navigation and copying of YAML trees made of {@code Map<String, Object>}, {@code List<Object>} and scalars. */
public final class Trees {

    private Trees() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Map<String, Object> parent, String key) {
        if (parent == null) {
            return null;
        }
        Object value = parent.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** The child map at key, created (and attached) when absent. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mapOrCreate(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        Map<String, Object> created = new LinkedHashMap<>();
        parent.put(key, created);
        return created;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Map<String, Object> parent, String key) {
        if (parent == null) {
            return List.of();
        }
        Object value = parent.get(key);
        return value instanceof List<?> list ? (List<Object>) list : List.of();
    }

    /** The maps in the list at key; other elements are skipped. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Map<String, Object> parent, String key) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object element : list(parent, key)) {
            if (element instanceof Map<?, ?> map) {
                maps.add((Map<String, Object>) map);
            }
        }
        return maps;
    }

    public static String string(Map<String, Object> parent, String key) {
        if (parent == null) {
            return null;
        }
        Object value = parent.get(key);
        return value == null ? null : String.valueOf(value);
    }

    /** Follows a path of map keys; null as soon as one is missing. */
    public static Map<String, Object> path(Map<String, Object> root, String... keys) {
        Map<String, Object> current = root;
        for (String key : keys) {
            current = map(current, key);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    public static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return value;
    }
}
