package org.chs.platform.handling;

/**
 * The handling data of a request is inconsistent (times out of order, a channel the caller cannot use). {@link #field} is the
 * handling's own field name ({@code queuedAt}); a service whose requests nest it (enrollment's {@code handling.queuedAt})
 * names the path in its problem.
 */
public class InvalidHandlingException extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidHandlingException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    /** {@code queuedAt}, {@code startedAt} or {@code channel}. */
    public String field() {
        return field;
    }

    /** The rule broken, e.g. {@code required-at-counter}, {@code before-start}. */
    public String rule() {
        return rule;
    }
}
