package org.chs.evaluation.shared;

import java.util.Map;

/** A request that conflicts with the current state (a duplicate, a concurrent change, a finished evaluation); rendered as 409. */
public class ConflictException extends RuntimeException {

    private final String slug;
    private final Map<String, Object> properties;

    public ConflictException(String slug, String message) {
        this(slug, message, Map.of());
    }

    public ConflictException(String slug, String message, Map<String, Object> properties) {
        super(message);
        this.slug = slug;
        this.properties = Map.copyOf(properties);
    }

    public String slug() {
        return slug;
    }

    /** Extra members of the problem, e.g. the id of the existing resource. */
    public Map<String, Object> properties() {
        return properties;
    }
}
