package org.chs.enrollment.handling;

/** The handling data of a request is inconsistent (times out of order, a channel the caller cannot use). */
public class InvalidHandlingException extends RuntimeException {

    private final String field;

    public InvalidHandlingException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
