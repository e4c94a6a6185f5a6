package org.chs.k8s.manifest;

import java.util.List;
import java.util.Map;

/**
 * The places in a pod spec that name a ConfigMap or a Secret, the same field list kustomize's name-reference
 * transformer rewrites when a generated object gets its hash suffix; the validator resolves each against the rendering.
 */
public final class NameReferences {

    private NameReferences() {
    }

    /** A reference found in a pod spec: the kind referred to, its name, and the key when one is named. */
    public record Reference(String kind, String name, String key, String where) {
    }

    /** Every ConfigMap and Secret reference in a pod spec. */
    public static List<Reference> find(Map<String, Object> podSpec) {
        List<Reference> references = new java.util.ArrayList<>();
        visit(podSpec, (holder, field, reference) -> references.add(reference));
        return references;
    }

    private interface Visitor {
        void visit(Map<String, Object> holder, String field, Reference reference);
    }

    private static void visit(Map<String, Object> podSpec, Visitor visitor) {
        for (Map<String, Object> volume : Trees.maps(podSpec, "volumes")) {
            String volumeName = Trees.string(volume, "name");
            ref(Trees.map(volume, "configMap"), "name", "ConfigMap", null, "volume " + volumeName, visitor);
            ref(Trees.map(volume, "secret"), "secretName", "Secret", null, "volume " + volumeName, visitor);
            for (Map<String, Object> source : Trees.maps(Trees.map(volume, "projected"), "sources")) {
                ref(Trees.map(source, "configMap"), "name", "ConfigMap", null, "volume " + volumeName, visitor);
                ref(Trees.map(source, "secret"), "name", "Secret", null, "volume " + volumeName, visitor);
            }
        }
        for (Map<String, Object> pullSecret : Trees.maps(podSpec, "imagePullSecrets")) {
            ref(pullSecret, "name", "Secret", null, "imagePullSecrets", visitor);
        }
        for (String list : List.of("initContainers", "containers", "ephemeralContainers")) {
            for (Map<String, Object> container : Trees.maps(podSpec, list)) {
                String containerName = Trees.string(container, "name");
                for (Map<String, Object> env : Trees.maps(container, "env")) {
                    Map<String, Object> valueFrom = Trees.map(env, "valueFrom");
                    String where = "container " + containerName + " env " + Trees.string(env, "name");
                    Map<String, Object> configMapKeyRef = Trees.map(valueFrom, "configMapKeyRef");
                    ref(configMapKeyRef, "name", "ConfigMap", Trees.string(configMapKeyRef, "key"), where, visitor);
                    Map<String, Object> secretKeyRef = Trees.map(valueFrom, "secretKeyRef");
                    ref(secretKeyRef, "name", "Secret", Trees.string(secretKeyRef, "key"), where, visitor);
                }
                for (Map<String, Object> envFrom : Trees.maps(container, "envFrom")) {
                    String where = "container " + containerName + " envFrom";
                    ref(Trees.map(envFrom, "configMapRef"), "name", "ConfigMap", null, where, visitor);
                    ref(Trees.map(envFrom, "secretRef"), "name", "Secret", null, where, visitor);
                }
            }
        }
    }

    private static void ref(Map<String, Object> holder, String field, String kind, String key, String where,
                            Visitor visitor) {
        if (holder != null && holder.get(field) instanceof String name) {
            visitor.visit(holder, field, new Reference(kind, name, key, where));
        }
    }
}
