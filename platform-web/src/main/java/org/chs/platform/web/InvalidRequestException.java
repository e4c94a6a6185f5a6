package org.chs.platform.web;

import java.util.List;

import org.chs.platform.web.PlatformExceptionHandler.FieldViolation;

/** Input that breaks a rule the platform checks before the operation runs (a bound, a sort field); rendered as 400. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidRequestException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("invalid request"));
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String rule, String message) {
        this(List.of(new FieldViolation(field, rule, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
