package org.chs.enrollment.person;

/** The person's current status does not allow the requested one (e.g. resuming a deceased person). */
public class IllegalStatusTransitionException extends RuntimeException {

    private final PersonStatus from;
    private final PersonStatus to;

    public IllegalStatusTransitionException(PersonStatus from, PersonStatus to) {
        super("A person who is " + from + " cannot become " + to + "; allowed next: " + from.next());
        this.from = from;
        this.to = to;
    }

    public PersonStatus from() {
        return from;
    }

    public PersonStatus to() {
        return to;
    }
}
