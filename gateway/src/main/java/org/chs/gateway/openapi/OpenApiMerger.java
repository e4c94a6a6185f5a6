package org.chs.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Merges the services' OpenAPI documents into one: paths side by side (each marked with {@code x-chs-service}),
 * components shared when identical and renamed {@code <service>_<Name>} when two services mean different things by
 * the same name, and the services that could not be fetched listed in {@code x-unavailable}.
 */
public final class OpenApiMerger {

    /** Component kinds referenced by {@code $ref}; security schemes are referenced by name and are merged apart. */
    private static final List<String> REFERENCED_COMPONENTS = List.of(
            "schemas", "responses", "parameters", "examples", "requestBodies", "headers", "links", "callbacks", "pathItems");
    private static final String REF_PREFIX = "#/components/";
    private static final String DEFAULT_VERSION = "3.1.0";

    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** One service's document, as fetched. */
    public record ServiceDocument(String service, JsonNode document) {
    }

    /** The merged document; {@code unavailable} names the services whose document could not be fetched. */
    public ObjectNode merge(List<ServiceDocument> documents, List<String> unavailable) {
        ObjectNode merged = nodes.objectNode();
        merged.put("openapi", documents.stream()
                .map(d -> d.document().path("openapi").asString(""))
                .filter(v -> !v.isEmpty())
                .findFirst().orElse(DEFAULT_VERSION));
        ObjectNode info = merged.putObject("info");
        info.put("title", "CHS platform API");
        info.put("version", "1");
        info.put("description", describe(documents, unavailable));
        // Every path is a public gateway path, so the gateway is the one server, whatever the services said.
        merged.putArray("servers").addObject().put("url", "/").put("description", "CHS gateway");
        if (!unavailable.isEmpty()) {
            ArrayNode missing = merged.putArray("x-unavailable");
            unavailable.forEach(missing::add);
        }

        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = nodes.objectNode();
        Map<String, JsonNode> tags = new LinkedHashMap<>();
        Set<JsonNode> security = new LinkedHashSet<>();
        List<String> conflicts = new ArrayList<>();

        for (ServiceDocument source : documents) {
            JsonNode document = withSharedNames(source, components);
            addComponents(document.path("components"), components);
            document.path("paths").properties().forEach(entry -> {
                if (paths.has(entry.getKey())) {
                    conflicts.add(entry.getKey() + " (" + source.service() + ")");
                    return;
                }
                JsonNode item = entry.getValue().deepCopy();
                if (item instanceof ObjectNode object) {
                    object.put("x-chs-service", source.service());
                }
                paths.set(entry.getKey(), item);
            });
            document.path("tags").forEach(tag -> tags.putIfAbsent(tag.path("name").asString(""), tag));
            document.path("security").forEach(security::add);
        }

        if (!components.isEmpty()) {
            merged.set("components", components);
        }
        if (!tags.isEmpty()) {
            merged.putArray("tags").addAll(tags.values());
        }
        if (!security.isEmpty()) {
            merged.putArray("security").addAll(security);
        }
        if (!conflicts.isEmpty()) {
            ArrayNode dropped = merged.putArray("x-conflicting-paths");
            conflicts.forEach(dropped::add);
        }
        return merged;
    }

    private static String describe(List<ServiceDocument> documents, List<String> unavailable) {
        StringBuilder text = new StringBuilder("All CHS services behind the gateway in one document, merged from each "
                + "service's own /api/<area>/v3/api-docs. Included: ");
        text.append(documents.isEmpty() ? "none" : String.join(", ", documents.stream().map(ServiceDocument::service).toList()))
                .append('.');
        if (!unavailable.isEmpty()) {
            text.append(" Unavailable when this document was built (their paths are missing): ")
                    .append(String.join(", ", unavailable)).append('.');
        }
        return text.toString();
    }

    /**
     * The document with the components that clash with an already merged one renamed. Renaming one schema changes
     * every schema that refers to it, which may then clash in turn, so it repeats until nothing new clashes.
     */
    private JsonNode withSharedNames(ServiceDocument source, ObjectNode merged) {
        Map<String, String> renames = new HashMap<>();
        JsonNode document = source.document();
        boolean renamed = true;
        while (renamed) {
            renamed = false;
            document = rewriteRefs(source.document().deepCopy(), renames);
            for (String kind : REFERENCED_COMPONENTS) {
                for (Map.Entry<String, JsonNode> entry : document.path("components").path(kind).properties()) {
                    String ref = REF_PREFIX + kind + "/" + entry.getKey();
                    JsonNode existing = merged.path(kind).get(entry.getKey());
                    if (!renames.containsKey(ref) && existing != null && !existing.equals(entry.getValue())) {
                        renames.put(ref, source.service() + "_" + entry.getKey());
                        renamed = true;
                    }
                }
            }
        }
        if (renames.isEmpty()) {
            return document;
        }
        ObjectNode components = (ObjectNode) document.path("components");
        for (String kind : REFERENCED_COMPONENTS) {
            if (components.get(kind) instanceof ObjectNode byName) {
                ObjectNode rebuilt = nodes.objectNode();
                byName.properties().forEach(entry -> {
                    String newName = renames.get(REF_PREFIX + kind + "/" + entry.getKey());
                    rebuilt.set(newName != null ? newName : entry.getKey(), entry.getValue());
                });
                components.set(kind, rebuilt);
            }
        }
        return document;
    }

    /** Rewrites every reference to a renamed component: {@code $ref}s and discriminator mappings alike. */
    private JsonNode rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return node;
        }
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : new ArrayList<>(object.properties())) {
                object.set(entry.getKey(), rewriteRefs(entry.getValue(), renames));
            }
        }
        else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, rewriteRefs(array.get(i), renames));
            }
        }
        else if (node.isString() && node.stringValue().startsWith(REF_PREFIX)) {
            String target = node.stringValue();
            String newName = renames.get(target);
            if (newName != null) {
                return StringNode.valueOf(target.substring(0, target.lastIndexOf('/') + 1) + newName);
            }
        }
        return node;
    }

    private static void addComponents(JsonNode from, ObjectNode into) {
        from.properties().forEach(kind -> {
            if (!(kind.getValue() instanceof ObjectNode byName)) {
                return;
            }
            ObjectNode target = into.has(kind.getKey()) ? (ObjectNode) into.get(kind.getKey()) : into.putObject(kind.getKey());
            // Identical components are shared; clashing ones were renamed before, and security schemes keep the first.
            byName.properties().forEach(entry -> {
                if (!target.has(entry.getKey())) {
                    target.set(entry.getKey(), entry.getValue());
                }
            });
        });
    }
}
