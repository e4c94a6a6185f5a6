package org.chs.platform.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 业务规则不满足 — a well-formed request that a business rule refuses, the one refusal of every service. platform-web's
 * {@code PlatformExceptionHandler} renders it as an RFC 9457 problem with the rule's own {@code type}, its status (422, or 409
 * for a conflict with the current state), a title, the detail, the {@code rule} and any extra properties, so that a client
 * can tell "not eligible" from "no filing" without parsing text.
 *
 * <p>It names no web type (the house rules keep feature roots free of them), so the aggregates that enforce the rules throw it
 * themselves. The problem type is {@code https://chs-platform.org/problems/<rule>} unless the refusal is made with
 * {@link #generic}: enrollment's and site-registry's clients switch on the {@code rule} property of the shared
 * {@code business-rule} type, and that stays what they see.
 */
public class BusinessRuleException extends RuntimeException {

    /** The title of a refusal that names none. */
    public static final String DEFAULT_TITLE = "Business rule violated";
    /** The problem type of every {@link #generic} refusal. */
    public static final String GENERIC_TYPE = "business-rule";
    public static final int UNPROCESSABLE = 422;
    public static final int CONFLICT = 409;

    private final String rule;
    private final String problemType;
    private final int status;
    private final String title;
    private final String field;
    private final Map<String, Object> properties;

    /** A 422 refusal typed by its rule, with the default title. */
    public BusinessRuleException(String rule, String detail) {
        this(rule, DEFAULT_TITLE, detail);
    }

    /** A 422 refusal typed by its rule ({@code not-eligible} → {@code …/problems/not-eligible}). */
    public BusinessRuleException(String rule, String title, String detail) {
        this(rule, title, detail, Map.of());
    }

    /** A 422 refusal typed by its rule, with extra properties for the client (e.g. the reasons, the amount allowed). */
    public BusinessRuleException(String rule, String title, String detail, Map<String, Object> properties) {
        this(rule, rule, UNPROCESSABLE, title, detail, null, properties);
    }

    private BusinessRuleException(String rule, String problemType, int status, String title, String detail, String field,
                                  Map<String, Object> properties) {
        super(detail);
        this.rule = Objects.requireNonNull(rule, "rule");
        this.problemType = Objects.requireNonNull(problemType, "problemType");
        this.status = status;
        this.title = title != null ? title : DEFAULT_TITLE;
        this.field = field;
        this.properties = Map.copyOf(properties);
    }

    /** A 422 refusal typed by its rule that lists its reasons (e.g. why a person is not eligible). */
    public static BusinessRuleException withReasons(String rule, String title, String detail, List<String> reasons) {
        return new BusinessRuleException(rule, title, detail, Map.of("reasons", List.copyOf(reasons)));
    }

    /** A 422 refusal of the shared {@code business-rule} type, the rule named only in the {@code rule} property. */
    public static BusinessRuleException generic(String rule, String detail) {
        return new BusinessRuleException(rule, GENERIC_TYPE, UNPROCESSABLE, DEFAULT_TITLE, detail, null, Map.of());
    }

    /** A 422 refusal of the shared {@code business-rule} type about one field of the request. */
    public static BusinessRuleException generic(String rule, String field, String detail) {
        return generic(rule, detail).onField(field);
    }

    /** The same refusal about one field of the request: the problem names it and lists it under {@code errors}. */
    public BusinessRuleException onField(String field) {
        return new BusinessRuleException(rule, problemType, status, title, getMessage(), Objects.requireNonNull(field, "field"),
                properties);
    }

    /** The same refusal as a 409: the request conflicts with the current state (a second one of what may exist once). */
    public BusinessRuleException asConflict() {
        return new BusinessRuleException(rule, problemType, CONFLICT, title, getMessage(), field, properties);
    }

    /** The rule's stable, machine-readable name, e.g. {@code not-eligible}; also the problem's {@code rule} property. */
    public String rule() {
        return rule;
    }

    /** The last path segment of the problem's {@code type}: the rule itself, or {@code business-rule} for a generic refusal. */
    public String problemType() {
        return problemType;
    }

    /** The HTTP status the refusal is answered with: {@link #UNPROCESSABLE} or {@link #CONFLICT}. */
    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The request field the rule is about, or {@code null}. */
    public String field() {
        return field;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
