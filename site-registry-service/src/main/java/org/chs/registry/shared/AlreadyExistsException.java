package org.chs.registry.shared;

/** 重复登记 — a create command for an id (or natural key) that is already taken; rendered as 409 with the existing id. */
public class AlreadyExistsException extends RuntimeException {

    private final String resource;
    private final String existingId;

    public AlreadyExistsException(String resource, String existingId, String message) {
        super(message);
        this.resource = resource;
        this.existingId = existingId;
    }

    public String resource() {
        return resource;
    }

    public String existingId() {
        return existingId;
    }
}
