package org.chs.registry.shared;

/**
 * 字段校验错误 — one violated rule on one field of a command, named so that a client can show it next to the field.
 *
 * @param field   the request field, e.g. {@code code} or {@code partner.institutionId}
 * @param rule    a stable rule name, e.g. {@code length-for-level}
 * @param message what is wrong, for people
 */
public record FieldViolation(String field, String rule, String message) {
}
