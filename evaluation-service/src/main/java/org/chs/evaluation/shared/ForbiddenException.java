package org.chs.evaluation.shared;

/** The caller's role allows the operation in general but not on this resource (e.g. an evaluation not assigned to them); 403. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
