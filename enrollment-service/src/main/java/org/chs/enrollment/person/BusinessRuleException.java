package org.chs.enrollment.person;

/** A request that is well-formed but breaks an enrolment rule; {@link #rule()} is a stable, machine-readable name. */
public class BusinessRuleException extends RuntimeException {

    private final String rule;

    public BusinessRuleException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
