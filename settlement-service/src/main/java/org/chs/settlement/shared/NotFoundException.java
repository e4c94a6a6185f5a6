package org.chs.settlement.shared;

/** Something the caller named does not exist (or is not the caller's to see, which must read the same). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
