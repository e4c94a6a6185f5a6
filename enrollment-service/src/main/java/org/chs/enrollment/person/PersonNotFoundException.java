package org.chs.enrollment.person;

/** No insured person with this id (or ID number). */
public class PersonNotFoundException extends RuntimeException {

    public PersonNotFoundException(String what) {
        super("No insured person " + what);
    }
}
