package org.chs.evaluation.shared;

/** A field (or header) of a request breaks a rule that bean validation cannot express; rendered as 400 naming field and rule. */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidFieldException(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
