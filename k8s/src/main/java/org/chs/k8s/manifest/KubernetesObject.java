package org.chs.k8s.manifest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rendered Kubernetes object as a plain YAML tree (maps, lists, scalars), the form kubectl would send.
 *
 * @param body the object; callers must treat it as read-only
 */
public record KubernetesObject(Map<String, Object> body) {

    /** The kinds whose pods are described by {@code spec.template}. */
    private static final Set<String> POD_TEMPLATE_KINDS = Set.of("Deployment", "ReplicaSet", "DaemonSet",
            "StatefulSet", "Job", "ReplicationController");

    public String apiVersion() {
        return Trees.string(body, "apiVersion");
    }

    public String kind() {
        return Trees.string(body, "kind");
    }

    public String name() {
        return Trees.string(Trees.map(body, "metadata"), "name");
    }

    /** The namespace, or the empty string for cluster-scoped objects and objects without one. */
    public String namespace() {
        String namespace = Trees.string(Trees.map(body, "metadata"), "namespace");
        return namespace == null ? "" : namespace;
    }

    /** kind/namespace/name, the identity kubectl uses. */
    public String id() {
        return kind() + "/" + namespace() + "/" + name();
    }

    /** The pod spec inside a workload: its own spec for a Pod, its template's otherwise; none for other kinds. */
    public List<Map<String, Object>> podSpecs() {
        Map<String, Object> spec = switch (kind()) {
            case "Pod" -> Trees.map(body, "spec");
            case "CronJob" -> Trees.path(body, "spec", "jobTemplate", "spec", "template", "spec");
            default -> POD_TEMPLATE_KINDS.contains(kind()) ? Trees.path(body, "spec", "template", "spec") : null;
        };
        return spec == null ? List.of() : List.of(spec);
    }

    @Override
    public String toString() {
        return id();
    }
}
