package org.chs.registry.shared;

import java.util.List;

/** 输入校验失败 — a command broke field rules that only the domain knows (code formats per level, …); rendered as 400 with the list. */
public class InvalidFieldsException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidFieldsException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.violations = List.copyOf(violations);
    }

    public static InvalidFieldsException of(String field, String rule, String message) {
        return new InvalidFieldsException(List.of(new FieldViolation(field, rule, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
