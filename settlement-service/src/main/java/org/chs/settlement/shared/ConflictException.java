package org.chs.settlement.shared;

/** The request collides with the current state (already exists, in progress, or changed meanwhile); rendered as 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
