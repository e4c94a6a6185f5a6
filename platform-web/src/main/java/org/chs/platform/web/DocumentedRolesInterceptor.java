package org.chs.platform.web;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The roles of an operation's {@code @PreAuthorize} ({@link DocumentedRoles}) checked before its arguments are bound. Method
 * security checks them only when the method is called, after the body has been read and validated, so a caller without the
 * role would otherwise learn the operation's validation rules (400) or what exists (404) before being refused. Method security
 * still checks every expression, including those this does not read.
 */
final class DocumentedRolesInterceptor implements HandlerInterceptor {

    private static final String ROLE_PREFIX = "ROLE_";

    private final Map<Method, Optional<List<String>>> roles = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<List<String>> admitted = roles.computeIfAbsent(method.getMethod(), m -> DocumentedRoles.of(method));
        if (admitted.isEmpty()) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean holdsOne = authentication != null && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(authority -> authority.startsWith(ROLE_PREFIX)
                        && admitted.get().contains(authority.substring(ROLE_PREFIX.length())));
        if (!holdsOne) {
            throw new AccessDeniedException("The operation admits the roles " + admitted.get());
        }
        return true;
    }
}
