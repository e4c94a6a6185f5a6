package org.chs.localstack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.chs.localstack.ApiOperation.Parameter;
import org.chs.localstack.ProbeClient.Answer;
import org.chs.localstack.ProbeClient.Request;
import org.chs.localstack.RequestFactory.Scope;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Malformed input over every operation of the merged OpenAPI document, generated from the document: for each operation, its
 * well-formed request (see {@link RequestFactory}) broken one way at a time — the body (not JSON, empty, not an object, every
 * field of the wrong type, no fields, an unknown field, every field null, huge strings, huge numbers, long lists, another
 * content type), the query (wrong types, huge values, odd characters) and the path variables (encoded {@code /}, {@code ;},
 * {@code %00}, dot segments, overlong UTF-8, non-ASCII, a 3,000-character segment), and a malformed {@code Idempotency-Key}.
 *
 * <p>The rule: no answer is a 5xx, and every 4xx is {@code application/problem+json} with a {@code type}. Each request is sent
 * with a caller the operation admits (so that the input, not the role, decides the answer), public operations without a token.
 */
final class MalformedInputSuite {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE_STRING = "长".repeat(2_000) + "A".repeat(18_000);
    /** Path variable values that routers, firewalls and decoders treat specially; already percent-encoded where needed. */
    private static final Map<String, String> ODD_PATH_VALUES = Map.of(
            "encoded slash", "a%2Fb", "semicolon", "a%3Bjsessionid%3Dx", "matrix parameter", "a;v=1", "encoded NUL", "a%00b",
            "dot segments", "..%2F..%2Fadmin", "overlong UTF-8", "%C0%AE%C0%AE", "non-ASCII", RequestFactory.encode("汾口镇"),
            "very long segment", "A".repeat(3_000));
    private static final Map<String, String> ODD_QUERY_VALUES = Map.of(
            "wrong type", "not-a-value-of-its-type", "huge", "9".repeat(400), "very long", "A".repeat(5_000), "NUL", "a%00b",
            "operator", RequestFactory.encode("{\"$where\":\"1\"}"), "negative", "-1");

    /** One request that broke the rule. */
    record Offender(String kind, Request request, Answer answer) {
        @Override
        public String toString() {
            return request + " [" + kind + "] → " + answer.status() + " " + answer.contentType() + " " + answer.excerpt();
        }
    }

    /** What the suite sent and what came back. */
    record Report(int operations, int requests, Map<Integer, Integer> byStatus, int serverErrors, List<Offender> offenders) {

        String summary() {
            Map<Integer, Integer> clientErrors = new TreeMap<>(byStatus);
            clientErrors.keySet().removeIf(status -> status < 400 || status >= 500);
            int success = byStatus.entrySet().stream().filter(e -> e.getKey() < 400).mapToInt(Map.Entry::getValue).sum();
            return "Malformed input: " + operations + " operations, " + requests + " requests; 4xx by status " + clientErrors
                    + "; 2xx/3xx " + success + "; 5xx " + serverErrors + "; offenders " + offenders.size();
        }
    }

    /** Who sends an operation's requests: a token and the scope it acts in. */
    interface CallerChoice {
        /** The token of a caller the operation admits (null for a public operation) and that caller's scope. */
        Map.Entry<String, Scope> callerFor(ApiOperation operation);
    }

    private final List<ApiOperation> operations;
    private final RequestFactory requests;
    private final ProbeClient client;
    private final CallerChoice callers;

    MalformedInputSuite(List<ApiOperation> operations, RequestFactory requests, ProbeClient client, CallerChoice callers) {
        this.operations = operations;
        this.requests = requests;
        this.client = client;
        this.callers = callers;
    }

    Report run() throws IOException, InterruptedException {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<Offender> offenders = new ArrayList<>();
        int sent = 0;
        int serverErrors = 0;
        for (ApiOperation operation : operations) {
            Map.Entry<String, Scope> caller = callers.callerFor(operation);
            for (Map.Entry<String, Request> probe : probes(operation, caller.getValue()).entrySet()) {
                Answer answer = client.send(probe.getValue(), caller.getKey());
                sent++;
                byStatus.merge(answer.status(), 1, Integer::sum);
                if (answer.status() >= 500) {
                    serverErrors++;
                    offenders.add(new Offender(probe.getKey(), probe.getValue(), answer));
                } else if (answer.status() >= 400 && !answer.problemWithType()) {
                    offenders.add(new Offender(probe.getKey() + ", not a typed problem", probe.getValue(), answer));
                }
            }
        }
        return new Report(operations.size(), sent, byStatus, serverErrors, offenders);
    }

    /** The broken requests of one operation, by what is broken. */
    Map<String, Request> probes(ApiOperation operation, Scope scope) {
        Map<String, Request> probes = new java.util.LinkedHashMap<>();
        Function<Parameter, String> keep = p -> null;
        if (operation.hasBody()) {
            if (operation.jsonBody()) {
                JsonNode sample = requests.sampleJson(operation);
                probes.put("invalid JSON", requests.build(operation, scope, keep, "{\"unterminated\": [1, 2"));
                probes.put("empty body", requests.build(operation, scope, keep, ""));
                probes.put("not an object", requests.build(operation, scope, keep, sample.isArray() ? "{}" : "[\"x\"]"));
                probes.put("no fields", requests.build(operation, scope, keep, sample.isArray() ? "[]" : "{}"));
                probes.put("wrong types", requests.build(operation, scope, keep, json(transform(sample, MalformedInputSuite::wrongType))));
                probes.put("null fields", requests.build(operation, scope, keep, json(transform(sample, value -> NODES.nullNode()))));
                probes.put("huge strings", requests.build(operation, scope, keep,
                        json(transform(sample, value -> value.isString() ? NODES.stringNode(HUGE_STRING) : value))));
                probes.put("huge numbers", requests.build(operation, scope, keep, json(transform(sample, value -> value.isNumber()
                        ? NODES.numberNode(new java.math.BigDecimal(value.isIntegralNumber() ? "99999999999999999999999" : "1e400"))
                        : value))));
                probes.put("long lists", requests.build(operation, scope, keep, json(longLists(sample))));
                ObjectNode unknown = sample.isObject() ? ((ObjectNode) sample.deepCopy()) : NODES.objectNode();
                unknown.put("probeUnknownField", "x");
                probes.put("unknown field", requests.build(operation, scope, keep, json(unknown)));
                probes.put("text/plain content type", requests.build(operation, scope, keep, json(sample))
                        .withHeader("Content-Type", "text/plain"));
            } else {
                probes.put("empty body", requests.build(operation, scope, keep, ""));
                probes.put("binary body", requests.build(operation, scope, keep, "\u0000\u0001\u00ff garbage \u0000"));
                probes.put("JSON content type", requests.build(operation, scope, keep, "{\"x\":1}")
                        .withHeader("Content-Type", "application/json"));
            }
            probes.put("XML content type", requests.build(operation, scope, keep, "<probe/>").withHeader("Content-Type", "application/xml"));
        }
        for (Map.Entry<String, String> odd : ODD_QUERY_VALUES.entrySet()) {
            if (operation.parameters("query").isEmpty()) {
                break;
            }
            probes.put("query: " + odd.getKey(), requests.build(operation, scope,
                    p -> "query".equals(p.in()) ? odd.getValue() : null,
                    requests.sampleBody(operation)));
        }
        for (Map.Entry<String, String> odd : ODD_PATH_VALUES.entrySet()) {
            if (operation.parameters("path").isEmpty()) {
                break;
            }
            probes.put("path: " + odd.getKey(), requests.build(operation, scope,
                    p -> "path".equals(p.in()) ? odd.getValue() : null, requests.sampleBody(operation)));
        }
        if (operation.parameters("header").stream().anyMatch(p -> RequestFactory.IDEMPOTENCY_KEY.equalsIgnoreCase(p.name()))) {
            probes.put("short Idempotency-Key", requests.wellFormed(operation, scope).withHeader(RequestFactory.IDEMPOTENCY_KEY, "k"));
            probes.put("odd Idempotency-Key", requests.wellFormed(operation, scope)
                    .withHeader(RequestFactory.IDEMPOTENCY_KEY, "key with spaces; and \"quotes\" " + "x".repeat(200)));
        }
        return probes;
    }

    private static String json(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    /** The value with every leaf (a field's value, a list's item) replaced. */
    private static JsonNode transform(JsonNode value, UnaryOperator<JsonNode> leaf) {
        if (value instanceof ObjectNode object) {
            ObjectNode copy = NODES.objectNode();
            object.properties().forEach(e -> copy.set(e.getKey(), transform(e.getValue(), leaf)));
            return copy;
        }
        if (value instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode();
            array.forEach(item -> copy.add(transform(item, leaf)));
            return copy;
        }
        return leaf.apply(value);
    }

    /** A value of another JSON type than the one the field takes. */
    private static JsonNode wrongType(JsonNode value) {
        if (value.isString()) {
            return NODES.objectNode().put("not", "a string");
        }
        if (value.isNumber()) {
            return NODES.stringNode("not-a-number");
        }
        if (value.isBoolean()) {
            return NODES.stringNode("maybe");
        }
        return NODES.numberNode(42);
    }

    /** Every list 5,000 items long (its first item repeated). */
    private static JsonNode longLists(JsonNode value) {
        if (value instanceof ObjectNode object) {
            ObjectNode copy = NODES.objectNode();
            object.properties().forEach(e -> copy.set(e.getKey(), longLists(e.getValue())));
            return copy;
        }
        if (value instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode();
            JsonNode item = array.isEmpty() ? NODES.stringNode("x") : array.get(0);
            for (int i = 0; i < 5_000; i++) {
                copy.add(item);
            }
            return copy;
        }
        return value;
    }
}
