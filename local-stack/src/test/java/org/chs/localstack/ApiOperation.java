package org.chs.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * One operation of the gateway's merged OpenAPI document ({@code /v3/api-docs/platform}), as the generic end-to-end suites read
 * it: where it is, its parameters and body, whether it is public ({@code security: []}) and the realm roles it admits
 * ({@code x-roles}, from the service's {@code @PreAuthorize}; absent: any authenticated caller).
 *
 * @param method upper case, e.g. {@code POST}
 * @param path the templated gateway path, e.g. {@code /api/settlement/filings/{id}}
 * @param service the service that documents it ({@code x-chs-service})
 * @param parameters path, query and header parameters, their schemas with {@code $ref}s resolved
 * @param bodyType the request body's first media type, or null without a body
 * @param bodySchema the request body's schema, {@code $ref}s resolved on use, or null
 * @param bodyRequired whether the body is required
 * @param publicOperation true when the operation declares {@code security: []}
 * @param roles the admitted realm roles, empty when the document does not restrict them
 */
record ApiOperation(String method, String path, String service, List<Parameter> parameters, String bodyType, JsonNode bodySchema,
        boolean bodyRequired, boolean publicOperation, Optional<List<String>> roles) {

    /** A parameter: {@code in} is path, query or header. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** Every operation of the merged document, in the document's order. */
    static List<ApiOperation> all(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        Schemas schemas = new Schemas(document);
        document.path("paths").properties().forEach(pathEntry -> {
            JsonNode item = pathEntry.getValue();
            String service = item.path("x-chs-service").asString("");
            item.properties().forEach(methodEntry -> {
                String method = methodEntry.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    return;
                }
                JsonNode operation = methodEntry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : item.path("parameters")) {
                    parameters.add(parameter(schemas.resolve(parameter), schemas));
                }
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(parameter(schemas.resolve(parameter), schemas));
                }
                String bodyType = null;
                JsonNode bodySchema = null;
                JsonNode body = schemas.resolve(operation.path("requestBody"));
                if (body.path("content").isObject() && !body.path("content").isEmpty()) {
                    var content = body.path("content").properties().iterator().next();
                    bodyType = content.getKey();
                    bodySchema = content.getValue().path("schema");
                }
                JsonNode security = operation.get("security");
                boolean publicOperation = security != null && security.isArray() && security.isEmpty();
                Optional<List<String>> roles = Optional.empty();
                if (operation.path("x-roles").isArray()) {
                    List<String> named = new ArrayList<>();
                    operation.path("x-roles").forEach(role -> named.add(role.asString()));
                    roles = Optional.of(List.copyOf(named));
                }
                operations.add(new ApiOperation(method, pathEntry.getKey(), service, List.copyOf(parameters), bodyType, bodySchema,
                        body.path("required").asBoolean(false), publicOperation, roles));
            });
        });
        return operations;
    }

    private static Parameter parameter(JsonNode parameter, Schemas schemas) {
        return new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                parameter.path("required").asBoolean(false), schemas.resolve(parameter.path("schema")));
    }

    List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    boolean hasBody() {
        return bodyType != null;
    }

    boolean jsonBody() {
        return bodyType != null && bodyType.contains("json");
    }

    /** True when the operation changes state (anything but GET). */
    boolean write() {
        return !"GET".equals(method);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
