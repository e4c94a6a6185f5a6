package org.chs.evaluation.shared;

/** A resource of this service that does not exist (or that the caller may not know of); rendered as 404. */
public class NotFoundException extends RuntimeException {

    private final String slug;

    public NotFoundException(String slug, String message) {
        super(message);
        this.slug = slug;
    }

    /** The problem type's last path segment, e.g. {@code evaluation-not-found}. */
    public String slug() {
        return slug;
    }
}
