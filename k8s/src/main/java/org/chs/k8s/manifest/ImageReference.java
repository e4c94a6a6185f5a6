package org.chs.k8s.manifest;

/**
 * A container image reference split the way the container runtimes split it.
 *
 * @param name   registry/repository without tag or digest
 * @param tag    the tag, or null
 * @param digest the digest (algorithm:hex), or null
 */
public record ImageReference(String name, String tag, String digest) {

    public static ImageReference parse(String image) {
        String rest = image;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        // A colon before the last slash belongs to a registry port (registry:5000/app), not to a tag.
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        return new ImageReference(rest, tag, digest);
    }

    @Override
    public String toString() {
        return name + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }
}
