package org.chs.localstack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.chs.localstack.ApiOperation.Parameter;
import org.chs.localstack.ProbeClient.Request;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Well-formed requests for an operation, made from its OpenAPI description alone: path variables filled (the caller's own point
 * or institution for {@code servicePointId} / {@code institutionId}, {@link SampleValues#UNKNOWN_ID} for every other
 * identifier), required query parameters and headers given sample values, a fresh {@code Idempotency-Key}, and a body sampled
 * from its schema. The suites then break one part of it at a time.
 */
final class RequestFactory {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SampleValues samples;

    RequestFactory(SampleValues samples) {
        this.samples = samples;
    }

    /** The scope a request acts in: the point and institution that fill the variables of those names. */
    record Scope(String servicePointId, String institutionId) {

        static final Scope AGENCY = new Scope("sp-chunan-county-hall", "inst-chunan-first-peoples");

        String valueOf(String parameter) {
            return switch (parameter) {
                case "servicePointId" -> servicePointId;
                case "institutionId" -> institutionId;
                default -> null;
            };
        }
    }

    /** The well-formed request. */
    Request wellFormed(ApiOperation operation, Scope scope) {
        return build(operation, scope, p -> null, sampleBody(operation));
    }

    /** The request with path variables, query values or the body replaced; a function answering null keeps the sample. */
    Request build(ApiOperation operation, Scope scope, Function<Parameter, String> override, String body) {
        String path = operation.path();
        for (Parameter parameter : operation.parameters("path")) {
            String value = override.apply(parameter);
            if (value == null) {
                String scoped = scope.valueOf(parameter.name());
                value = encode(scoped != null ? scoped : SampleValues.UNKNOWN_ID);
            }
            path = path.replace("{" + parameter.name() + "}", value);
        }
        StringBuilder query = new StringBuilder();
        for (Parameter parameter : operation.parameters("query")) {
            String value = override.apply(parameter);
            String scoped = scope.valueOf(parameter.name());
            if (value == null && scoped != null) {
                // the point or institution the request acts for, named even where it is optional (the scope checks need it)
                value = encode(scoped);
            } else if (value == null && parameter.required()) {
                value = encode(text(samples.sample(parameter.schema(), parameter.name())));
            }
            if (value != null) {
                query.append(query.isEmpty() ? '?' : '&').append(encode(parameter.name())).append('=').append(value);
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter parameter : operation.parameters("header")) {
            if (IDEMPOTENCY_KEY.equalsIgnoreCase(parameter.name())) {
                headers.put(IDEMPOTENCY_KEY, "probe-" + UUID.randomUUID());
            } else if (parameter.required()) {
                headers.put(parameter.name(), "If-Match".equalsIgnoreCase(parameter.name()) ? "\"0\""
                        : text(samples.sample(parameter.schema(), parameter.name())));
            }
        }
        if (operation.hasBody() && body != null) {
            headers.put("Content-Type", operation.bodyType());
        }
        return new Request(operation.method(), path + query, headers, operation.hasBody() ? body : null);
    }

    /** A body of the operation's media type: JSON sampled from the schema, a one-row CSV, or a word. */
    String sampleBody(ApiOperation operation) {
        if (!operation.hasBody()) {
            return null;
        }
        if (operation.jsonBody()) {
            return JSON.writeValueAsString(sampleJson(operation));
        }
        if (operation.bodyType().contains("csv")) {
            return "code,name\nA1,probe\n";
        }
        return "probe";
    }

    JsonNode sampleJson(ApiOperation operation) {
        return samples.sample(operation.bodySchema(), "");
    }

    private static String text(JsonNode value) {
        return value.isString() ? value.asString() : value.toString();
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters, for a path segment or a query value. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }
}
