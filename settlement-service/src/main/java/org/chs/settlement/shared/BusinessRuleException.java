package org.chs.settlement.shared;

import java.util.List;
import java.util.Map;

/**
 * A request that is well-formed but that the rules refuse; rendered as 422 with a {@code type} of its own per rule, so that a
 * hospital's system can tell "not eligible" from "no filing" without parsing text.
 */
public class BusinessRuleException extends RuntimeException {

    private final String slug;
    private final String title;
    private final Map<String, Object> properties;

    public BusinessRuleException(String slug, String title, String detail) {
        this(slug, title, detail, Map.of());
    }

    public BusinessRuleException(String slug, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.slug = slug;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    /** The problem type's last path segment, e.g. {@code not-eligible}. */
    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public static BusinessRuleException withReasons(String slug, String title, String detail, List<String> reasons) {
        return new BusinessRuleException(slug, title, detail, Map.of("reasons", List.copyOf(reasons)));
    }
}
