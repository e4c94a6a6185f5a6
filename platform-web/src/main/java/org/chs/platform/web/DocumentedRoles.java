package org.chs.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * The realm roles an operation admits, read from its {@code @PreAuthorize} (on the method, else on the controller), so that the
 * OpenAPI document can say who may call it ({@value #EXTENSION}) and generic tests can check that nobody else can.
 *
 * <p>Only plain role expressions are read: {@code hasRole('a')}, {@code hasAnyRole('a','b')}, and several of them joined by
 * {@code or}. Anything else (scope arguments, {@code and}, {@code permitAll}) is not a list of roles, and the operation is left
 * undocumented rather than described wrongly.
 */
public final class DocumentedRoles {

    /** The OpenAPI operation extension that lists the admitted realm roles. */
    public static final String EXTENSION = "x-roles";

    private static final Pattern TERM = Pattern.compile("\\s*has(?:Any)?Role\\(([^()]*)\\)\\s*");
    private static final Pattern ROLE = Pattern.compile("'([^']+)'");

    private DocumentedRoles() {
    }

    /** The roles of the handler's {@code @PreAuthorize}; empty when it has none or it is not a plain role expression. */
    public static Optional<List<String>> of(HandlerMethod handlerMethod) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getBeanType(), PreAuthorize.class);
        }
        return rule == null ? Optional.empty() : parse(rule.value());
    }

    /** The roles named by a plain role expression, in their order; empty for any other expression. */
    static Optional<List<String>> parse(String expression) {
        List<String> roles = new ArrayList<>();
        for (String term : expression.split("\\s+or\\s+|\\|\\|")) {
            Matcher matcher = TERM.matcher(term);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            String arguments = matcher.group(1);
            Matcher role = ROLE.matcher(arguments);
            int found = 0;
            while (role.find()) {
                found++;
                if (!roles.contains(role.group(1))) {
                    roles.add(role.group(1));
                }
            }
            // hasRole(#variable) or a constant the parser cannot see: not a list of roles
            if (found == 0 || !arguments.replaceAll("'[^']*'", "").replace(",", "").isBlank()) {
                return Optional.empty();
            }
        }
        return roles.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(roles));
    }
}
