package org.chs.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chs.platform.web.PlatformExceptionHandler.FieldViolation;
import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Bounds that hold for every operation, checked before its arguments are bound: the length of every path variable and query
 * value (an unbounded id must never reach a lookup, a log line or a stored document), and the page size and sort fields of
 * a {@code Pageable} ({@link Paging}).
 */
final class InputBoundsInterceptor implements HandlerInterceptor {

    private static final String PAGEABLE = "org.springframework.data.domain.Pageable";
    private static final Set<String> DIRECTIONS = Set.of("asc", "desc");

    private final PlatformWebProperties properties;
    private final Class<?> pageable;

    InputBoundsInterceptor(PlatformWebProperties properties) {
        this.properties = properties;
        this.pageable = ClassUtils.isPresent(PAGEABLE, getClass().getClassLoader())
                ? ClassUtils.resolveClassName(PAGEABLE, getClass().getClassLoader()) : null;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        List<FieldViolation> violations = new ArrayList<>();
        checkPathVariables(request, violations);
        checkQueryValues(request, violations);
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (pageable != null && pageable.isAssignableFrom(parameter.getParameterType())) {
                checkPaging(request, parameter.getParameterAnnotation(Paging.class), violations);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return true;
    }

    private void checkPathVariables(HttpServletRequest request, List<FieldViolation> violations) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)) {
            return;
        }
        int max = properties.maxPathVariableLength();
        variables.forEach((name, value) -> {
            String text = String.valueOf(value);
            if (text.length() > max) {
                violations.add(new FieldViolation(String.valueOf(name), "Size", "must be at most " + max + " characters"));
            } else if (hasControlCharacter(text)) {
                violations.add(new FieldViolation(String.valueOf(name), "Pattern", "must not contain control characters"));
            }
        });
    }

    private void checkQueryValues(HttpServletRequest request, List<FieldViolation> violations) {
        if (request.getQueryString() == null) {
            return;
        }
        int max = properties.maxQueryValueLength();
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                if (value.length() > max) {
                    violations.add(new FieldViolation(name, "Size", "must be at most " + max + " characters"));
                    return;
                }
                if (hasControlCharacter(value)) {
                    violations.add(new FieldViolation(name, "Pattern", "must not contain control characters"));
                    return;
                }
            }
        });
    }

    private void checkPaging(HttpServletRequest request, Paging paging, List<FieldViolation> violations) {
        int maxSize = paging != null && paging.maxSize() > 0 ? paging.maxSize() : properties.maxPageSize();
        String size = request.getParameter("size");
        if (size != null && !size.isEmpty()) {
            Long value = parse(size);
            if (value == null || value < 1 || value > maxSize) {
                violations.add(new FieldViolation("size", "Max", "must be a whole number from 1 to " + maxSize + " (the maximum page size)"));
            }
        }
        String page = request.getParameter("page");
        if (page != null && !page.isEmpty()) {
            Long value = parse(page);
            if (value == null || value < 0 || value > 1_000_000) {
                violations.add(new FieldViolation("page", "Min", "must be a whole number from 0 to 1000000"));
            }
        }
        String[] sorts = request.getParameterValues("sort");
        if (sorts == null) {
            return;
        }
        Set<String> allowed = new TreeSet<>(paging != null ? Arrays.asList(paging.sortable()) : List.of());
        for (String sort : sorts) {
            for (String property : properties(sort)) {
                if (!allowed.contains(property)) {
                    violations.add(new FieldViolation("sort", "allowed", allowed.isEmpty() ? "this operation cannot be sorted"
                            : "must be one of " + String.join(", ", allowed) + ", optionally followed by ,asc or ,desc"));
                    return;
                }
            }
        }
    }

    /** The properties of one {@code sort} value ({@code field[,field…][,asc|desc]}). */
    private static List<String> properties(String sort) {
        List<String> parts = new ArrayList<>(Arrays.stream(sort.split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList());
        if (parts.size() > 1 && DIRECTIONS.contains(parts.get(parts.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
            parts.remove(parts.size() - 1);
        }
        return parts;
    }

    private static Long parse(String number) {
        if (number.length() > 10) {
            return null;
        }
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
