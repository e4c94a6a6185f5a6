package org.chs.enrollment.person;

/** The person kept changing under this request (optimistic locking lost several times); the caller may retry. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String personId) {
        super("Insured person " + personId + " is being changed by another request; try again");
    }
}
