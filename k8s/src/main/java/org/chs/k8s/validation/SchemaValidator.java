package org.chs.k8s.validation;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.kubernetes.client.openapi.JSON;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chs.k8s.manifest.KubernetesObject;

/**
 * Validates objects against the Kubernetes API schema, offline, with the OpenAPI-generated models of the official
 * Kubernetes Java client ({@code io.kubernetes:client-java-api} 27.0.0).
 *
 * <p>Two checks: the models' generated {@code validateJsonElement} rejects unknown fields, missing required
 * fields and wrong structure (object vs array vs scalar) at every depth; a round trip through the model then
 * catches scalar type errors it lets through, such as {@code value: 8083} for a string field or
 * {@code containerPort: "8080"} for an integer one, which the API server refuses.
 */
public final class SchemaValidator {

    /** The apiVersion each kind must use; anything else (a removed beta API, a typo) fails. */
    private static final Map<String, String> API_VERSIONS = Map.ofEntries(
            Map.entry("Namespace", "v1"),
            Map.entry("ConfigMap", "v1"),
            Map.entry("Secret", "v1"),
            Map.entry("Service", "v1"),
            Map.entry("ServiceAccount", "v1"),
            Map.entry("PersistentVolumeClaim", "v1"),
            Map.entry("Pod", "v1"),
            Map.entry("Deployment", "apps/v1"),
            Map.entry("StatefulSet", "apps/v1"),
            Map.entry("DaemonSet", "apps/v1"),
            Map.entry("Job", "batch/v1"),
            Map.entry("CronJob", "batch/v1"),
            Map.entry("NetworkPolicy", "networking.k8s.io/v1"),
            Map.entry("Ingress", "networking.k8s.io/v1"),
            Map.entry("HorizontalPodAutoscaler", "autoscaling/v2"),
            Map.entry("PodDisruptionBudget", "policy/v1"),
            Map.entry("Role", "rbac.authorization.k8s.io/v1"),
            Map.entry("RoleBinding", "rbac.authorization.k8s.io/v1"));

    /** Quantity fields accept a JSON number and the model writes them back as a string; not a type error. */
    private static final Set<String> QUANTITY_PARENTS = Set.of("requests", "limits", "capacity", "hard");
    private static final int MAX_MESSAGE = 300;

    private final Gson gson = new Gson();

    /** The first schema error of the object, if any. */
    public Optional<String> validate(KubernetesObject object) {
        String kind = object.kind();
        String apiVersion = object.apiVersion();
        String expected = API_VERSIONS.get(kind);
        if (expected == null) {
            return Optional.of("kind " + kind + " has no schema here; add it to SchemaValidator.API_VERSIONS");
        }
        if (!expected.equals(apiVersion)) {
            return Optional.of(kind + " must use apiVersion " + expected + ", not " + apiVersion);
        }
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String className = "io.kubernetes.client.openapi.models." + Character.toUpperCase(version.charAt(0))
                + version.substring(1) + kind;
        Class<?> model;
        try {
            model = Class.forName(className);
        } catch (ClassNotFoundException e) {
            return Optional.of("no model " + className + " in the Kubernetes client");
        }
        JsonElement json = gson.toJsonTree(object.body());
        try {
            Method validate = model.getMethod("validateJsonElement", JsonElement.class);
            validate.invoke(null, json);
        } catch (InvocationTargetException e) {
            return Optional.of(shorten(String.valueOf(e.getCause().getMessage())));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("unexpected model shape of " + className, e);
        }
        JsonElement roundTrip;
        try {
            roundTrip = JSON.getGson().toJsonTree(JSON.getGson().fromJson(json, model));
        } catch (RuntimeException e) {
            return Optional.of(shorten("does not deserialize into " + model.getSimpleName() + ": " + e.getMessage()));
        }
        List<String> typeErrors = new ArrayList<>();
        compareTypes(json, roundTrip, "", "", "", typeErrors);
        return typeErrors.stream().findFirst();
    }

    private static void compareTypes(JsonElement given, JsonElement parsed, String path, String key,
                                     String parentKey, List<String> errors) {
        if (given == null || given.isJsonNull()) {
            return;
        }
        if (parsed == null || parsed.isJsonNull()) {
            errors.add("field " + path + " is not part of the schema");
            return;
        }
        if (given.isJsonObject() != parsed.isJsonObject() || given.isJsonArray() != parsed.isJsonArray()) {
            errors.add("field " + path + " has the wrong structure");
            return;
        }
        if (given.isJsonObject()) {
            JsonObject parsedObject = parsed.getAsJsonObject();
            for (Map.Entry<String, JsonElement> entry : given.getAsJsonObject().entrySet()) {
                compareTypes(entry.getValue(), parsedObject.get(entry.getKey()), path + "." + entry.getKey(),
                        entry.getKey(), key, errors);
            }
        } else if (given.isJsonArray()) {
            JsonArray givenArray = given.getAsJsonArray();
            JsonArray parsedArray = parsed.getAsJsonArray();
            for (int i = 0; i < givenArray.size() && i < parsedArray.size(); i++) {
                compareTypes(givenArray.get(i), parsedArray.get(i), path + "[" + i + "]", key, parentKey, errors);
            }
        } else {
            String givenType = scalarType(given.getAsJsonPrimitive());
            String parsedType = scalarType(parsed.getAsJsonPrimitive());
            if (!givenType.equals(parsedType) && !(givenType.equals("number") && parsedType.equals("string")
                    && QUANTITY_PARENTS.contains(parentKey))) {
                errors.add("field " + path + " must be a " + parsedType + ", not a " + givenType + " (" + given + ")");
            }
        }
    }

    private static String scalarType(JsonPrimitive primitive) {
        if (primitive.isBoolean()) {
            return "boolean";
        }
        return primitive.isNumber() ? "number" : "string";
    }

    private static String shorten(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "...";
    }
}
