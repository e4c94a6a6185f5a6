package org.chs.enrollment.personaldata;

/** A resident identity number that breaks GB 11643; {@link #rule()} names what is wrong, the message never echoes the number. */
public class InvalidIdNumberException extends RuntimeException {

    private final String rule;

    public InvalidIdNumberException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
