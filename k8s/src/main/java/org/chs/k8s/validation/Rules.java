package org.chs.k8s.validation;

/** The ids of the rules {@link ManifestValidator} enforces. */
public final class Rules {

    /** The object conforms to the Kubernetes API schema of its kind (no unknown fields, right types). */
    public static final String SCHEMA = "schema";
    /** Long-running containers have liveness, readiness and startup probes. */
    public static final String PROBES = "probes";
    /** Every container requests CPU and memory and has a memory limit. */
    public static final String RESOURCES = "resources";
    /** Non-root, read-only root filesystem, no privilege escalation, no capabilities, RuntimeDefault seccomp. */
    public static final String SECURITY_CONTEXT = "security-context";
    /** Every image names a tag (not latest) or a digest. */
    public static final String IMAGE_TAG = "image-tag";
    /** No Secret object in renderings that must not carry credentials (base, production). */
    public static final String INLINE_SECRET = "inline-secret";
    /** Secret-looking environment variables come from a Secret via secretKeyRef, never a literal or ConfigMap. */
    public static final String SECRET_ENV = "secret-env";
    /** No ConfigMap key (or key inside an embedded config file) that looks like a credential. */
    public static final String CONFIGMAP_SECRET = "configmap-secret";
    /** NetworkPolicy pod selectors select pods that exist in the rendering. */
    public static final String NETWORK_POLICY_SELECTOR = "network-policy-selector";
    /** ConfigMaps, Secrets, Services, HPA targets and PDB selectors refer to things that exist. */
    public static final String REFERENCES = "references";

    private Rules() {
    }
}
