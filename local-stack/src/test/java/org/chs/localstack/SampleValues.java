package org.chs.localstack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plausible values for a schema of the OpenAPI document, so that a generated request is well formed and reaches the operation's
 * own checks: enums take their first constant, dates and times a fixed day, numbers their minimum, strings a value of their
 * length, and a few well-known names a value of the demo data's shape (an ID number with its check digit, a region code, an item
 * code). Path identifiers are never real ones (see {@link #UNKNOWN_ID}), so no generated write reaches existing demo data.
 */
final class SampleValues {

    /** An identifier no demo data has; it satisfies no {@code pattern}, so a write with it is refused before it changes anything. */
    static final String UNKNOWN_ID = "probe-unknown-id";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** Values of the demo data's shape for well-known property and parameter names. */
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("itemcode", "ENR-02"), Map.entry("poolingregion", "330127"), Map.entry("treatmentregion", "330127"),
            Map.entry("region", "330127"), Map.entry("regioncode", "330127"), Map.entry("areacode", "330127"),
            Map.entry("diseasecode", "I21.9"), Map.entry("diagnosiscode", "I21.9"), Map.entry("scheme", "URBAN_RURAL_RESIDENT"),
            Map.entry("name", "探针"), Map.entry("reason", "probe"), Map.entry("institutionid", "inst-chunan-first-peoples"),
            Map.entry("servicepointid", "sp-chunan-county-hall"), Map.entry("opens", "08:30"), Map.entry("closes", "17:00"));
    /** Candidates tried against a {@code pattern} the known names do not cover. */
    private static final List<String> PATTERN_CANDIDATES = List.of("330127", "ENR-02", "A1", "2026", "2026-05", "I21.9",
            "sp-chunan-county-hall", "probe", "PROBE", "P1", "01", "1", "6228480012345678", "91330127MA2B3C4D5E");

    private final Schemas schemas;

    SampleValues(Schemas schemas) {
        this.schemas = schemas;
    }

    /** A value for the schema; {@code name} is the property or parameter it is for (may be empty). */
    JsonNode sample(JsonNode schema, String name) {
        return sample(schemas.resolve(schema), name, 0);
    }

    private JsonNode sample(JsonNode schema, String name, int depth) {
        if (depth > 8) {
            return NODES.nullNode();
        }
        JsonNode resolved = schemas.resolve(schema);
        for (String combination : List.of("allOf", "oneOf", "anyOf")) {
            if (resolved.path(combination).isArray() && !resolved.path(combination).isEmpty()) {
                if ("allOf".equals(combination)) {
                    ObjectNode merged = NODES.objectNode();
                    for (JsonNode part : resolved.path(combination)) {
                        JsonNode value = sample(part, name, depth + 1);
                        if (value instanceof ObjectNode object) {
                            merged.setAll(object);
                        } else {
                            return value;
                        }
                    }
                    return merged;
                }
                return sample(resolved.path(combination).path(0), name, depth + 1);
            }
        }
        if (resolved.has("example") && !resolved.path("example").isNull()) {
            return resolved.path("example");
        }
        if (resolved.path("enum").isArray() && !resolved.path("enum").isEmpty()) {
            return resolved.path("enum").path(0);
        }
        return switch (type(resolved)) {
            case "object" -> object(resolved, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = Math.max(1, resolved.path("minItems").asInt(1));
                for (int i = 0; i < items; i++) {
                    array.add(sample(resolved.path("items"), singular(name), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(Math.max(1, minimum(resolved)));
            case "number" -> NODES.numberNode(new java.math.BigDecimal(Math.max(1, minimum(resolved))).setScale(2));
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.stringNode(string(resolved, name));
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        schema.path("properties").properties().forEach(property -> {
            JsonNode value = sample(property.getValue(), property.getKey(), depth + 1);
            if (!value.isNull()) {
                object.set(property.getKey(), value);
            }
        });
        return object;
    }

    /** The schema's type; OpenAPI 3.1 may give a list such as {@code ["string", "null"]}. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        return "string";
    }

    private static long minimum(JsonNode schema) {
        if (schema.path("minimum").isNumber()) {
            return schema.path("minimum").asLong() + (schema.path("exclusiveMinimum").asBoolean(false) ? 1 : 0);
        }
        if (schema.path("exclusiveMinimum").isNumber()) {
            return schema.path("exclusiveMinimum").asLong() + 1;
        }
        return 1;
    }

    private static String string(JsonNode schema, String name) {
        String format = schema.path("format").asString("");
        switch (format) {
            case "date": return "2026-05-01";
            case "date-time": return "2026-05-01T08:00:00Z";
            case "time": return "08:00:00";
            case "uuid": return "00000000-0000-4000-8000-000000000001";
            case "email": return "probe@example.org";
            case "uri", "url": return "https://example.org/probe";
            case "binary", "byte": return "probe";
            default: break;
        }
        String key = name.toLowerCase(Locale.ROOT);
        String value;
        if (key.contains("idnumber")) {
            value = residentIdNumber();
        } else if (KNOWN.containsKey(key)) {
            value = KNOWN.get(key);
        } else if (key.endsWith("number") || key.endsWith("no")) {
            value = "PROBE-" + SEQUENCE.incrementAndGet();
        } else {
            value = "probe";
        }
        String pattern = schema.path("pattern").asString("");
        if (!pattern.isEmpty() && !matches(pattern, value)) {
            value = PATTERN_CANDIDATES.stream().filter(candidate -> matches(pattern, candidate)).findFirst().orElse(value);
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        if (value.length() < min) {
            value = value + "x".repeat(min - value.length());
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static boolean matches(String pattern, String value) {
        try {
            return java.util.regex.Pattern.compile(pattern).matcher(value).matches();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    /** A valid resident ID of Chun'an (330127), born 1990-03-07, with a random sequence and its GB 11643 check digit. */
    static String residentIdNumber() {
        String body = "33012719900307" + String.format("%03d", ThreadLocalRandom.current().nextInt(1, 1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
