package org.chs.k8s.validation;

/**
 * What a rendering may contain, which differs between the base, the local overlay and production.
 *
 * @param name                 for messages
 * @param secretsAllowed       Secret objects may be rendered (only the local overlay's dev-only generators)
 * @param exemptionsAllowed    exemption annotations with a reason are honoured (only for local infrastructure)
 * @param checkReferences      the rendering is deployable, so every reference must resolve inside it
 *                             (Secrets only when {@code secretsAllowed}: elsewhere they are created by the operator)
 */
public record ValidationProfile(String name, boolean secretsAllowed, boolean exemptionsAllowed,
                                boolean checkReferences) {

    /** Pod annotation that lets one pod keep a writable root filesystem; the value must say why. */
    public static final String WRITABLE_ROOT_EXEMPTION = "policy.chs-platform.org/writable-root-filesystem";
    /** ConfigMap annotation that lets dev-only credentials (the local Keycloak realm) sit in a ConfigMap. */
    public static final String DEV_CREDENTIALS_EXEMPTION = "policy.chs-platform.org/dev-only-credentials";

    public static ValidationProfile base() {
        return new ValidationProfile("base", false, false, false);
    }

    public static ValidationProfile local() {
        return new ValidationProfile("local", true, true, true);
    }

    public static ValidationProfile production() {
        return new ValidationProfile("production", false, false, true);
    }
}
