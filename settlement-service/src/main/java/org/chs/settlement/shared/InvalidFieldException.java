package org.chs.settlement.shared;

/** A field fails a rule that bean validation cannot express; rendered as 400 naming the field and the rule. */
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
