package org.chs.registry.shared;

/**
 * 业务规则不满足 — a well-formed command that the current state of the registry does not allow (missing parent area, a
 * transition the lifecycle forbids, a deadline passed); rendered as 422 naming the rule and, where there is one, the field.
 */
public class BusinessRuleException extends RuntimeException {

    private final String rule;
    private final String field;

    public BusinessRuleException(String rule, String message) {
        this(rule, null, message);
    }

    public BusinessRuleException(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    /** The request field the rule is about, or {@code null}. */
    public String field() {
        return field;
    }
}
