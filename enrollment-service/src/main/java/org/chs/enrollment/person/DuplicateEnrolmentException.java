package org.chs.enrollment.person;

/** The ID number is already enrolled in this scheme (the unique index on blind index and scheme said so). */
public class DuplicateEnrolmentException extends RuntimeException {

    private final String existingPersonId;
    private final Scheme scheme;

    public DuplicateEnrolmentException(String existingPersonId, Scheme scheme) {
        super("This resident ID number is already enrolled in " + scheme + " as person " + existingPersonId);
        this.existingPersonId = existingPersonId;
        this.scheme = scheme;
    }

    public String existingPersonId() {
        return existingPersonId;
    }

    public Scheme scheme() {
        return scheme;
    }
}
