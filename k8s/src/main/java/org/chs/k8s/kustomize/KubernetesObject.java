package org.chs.k8s.kustomize;

import java.util.Map;

/**
 * One rendered Kubernetes object as a plain YAML tree (maps, lists, scalars), the form kubectl would send.
 *
 * @param body the object; callers must treat it as read-only
 */
public record KubernetesObject(Map<String, Object> body) {

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

    /** kind/namespace/name, the identity kubectl uses; stable across renderers. */
    public String id() {
        return kind() + "/" + namespace() + "/" + name();
    }

    @Override
    public String toString() {
        return id();
    }
}
