package org.chs.evaluation.shared;

/** A well-formed request that a business rule forbids (an item that takes no findings, an unknown clause); rendered as 422. */
public class BusinessRuleException extends RuntimeException {

    private final String slug;

    public BusinessRuleException(String slug, String message) {
        super(message);
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
