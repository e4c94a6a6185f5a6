package org.chs.platform.handling;

/** The catalogue says this service point may not handle this item (e.g. employee enrolment at a bank branch). */
public class ItemNotAuthorisedException extends RuntimeException {

    private final Authorisation authorisation;

    public ItemNotAuthorisedException(Authorisation authorisation) {
        super("Service point " + authorisation.servicePointId() + " may not handle item " + authorisation.itemCode()
                + (authorisation.itemName() != null ? " (" + authorisation.itemName() + ")" : "")
                + (authorisation.reason() != null ? ": " + authorisation.reason() : ""));
        this.authorisation = authorisation;
    }

    public Authorisation authorisation() {
        return authorisation;
    }
}
