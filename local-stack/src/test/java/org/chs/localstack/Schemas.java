package org.chs.localstack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** Resolves the local {@code $ref}s ({@code #/components/...}) of an OpenAPI document. */
final class Schemas {

    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    /** The node a {@code $ref} points to (followed until it is not a reference), or the node itself. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 20 && current != null && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asString();
            if (!ref.startsWith("#/")) {
                return MissingNode.getInstance();
            }
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current == null ? MissingNode.getInstance() : current;
    }
}
