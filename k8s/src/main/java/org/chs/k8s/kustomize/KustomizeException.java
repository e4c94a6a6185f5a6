package org.chs.k8s.kustomize;

/** A kustomization that this renderer cannot or will not render, with the file and field at fault. */
public class KustomizeException extends RuntimeException {

    public KustomizeException(String message) {
        super(message);
    }

    public KustomizeException(String message, Throwable cause) {
        super(message, cause);
    }
}
