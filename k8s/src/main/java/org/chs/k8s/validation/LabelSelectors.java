package org.chs.k8s.validation;

import java.util.List;
import java.util.Map;
import org.chs.k8s.manifest.Trees;

/** Kubernetes LabelSelector matching (matchLabels and matchExpressions) against a pod's labels. */
public final class LabelSelectors {

    private LabelSelectors() {
    }

    public static boolean matches(Map<String, Object> selector, Map<String, Object> labels) {
        if (selector == null) {
            return true;
        }
        Map<String, Object> matchLabels = Trees.map(selector, "matchLabels");
        if (matchLabels != null) {
            for (Map.Entry<String, Object> entry : matchLabels.entrySet()) {
                if (!String.valueOf(entry.getValue()).equals(String.valueOf(labels.get(entry.getKey())))) {
                    return false;
                }
            }
        }
        for (Map<String, Object> expression : Trees.maps(selector, "matchExpressions")) {
            String key = Trees.string(expression, "key");
            List<String> values = Trees.list(expression, "values").stream().map(String::valueOf).toList();
            boolean present = labels.containsKey(key);
            String value = present ? String.valueOf(labels.get(key)) : null;
            boolean ok = switch (String.valueOf(Trees.string(expression, "operator"))) {
                case "In" -> present && values.contains(value);
                case "NotIn" -> !present || !values.contains(value);
                case "Exists" -> present;
                case "DoesNotExist" -> !present;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A Service's selector is a plain map; it selects pods carrying every pair. */
    public static boolean matchesMap(Map<String, Object> selector, Map<String, Object> labels) {
        return selector != null && !selector.isEmpty()
                && selector.entrySet().stream().allMatch(e ->
                String.valueOf(e.getValue()).equals(String.valueOf(labels.get(e.getKey()))));
    }
}
