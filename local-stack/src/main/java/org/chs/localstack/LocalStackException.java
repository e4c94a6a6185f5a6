package org.chs.localstack;

/** A reason the local stack cannot start or keep running, worded for the developer who ran it. */
public class LocalStackException extends RuntimeException {

    public LocalStackException(String message) {
        super(message);
    }

    public LocalStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
