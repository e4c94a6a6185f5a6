package org.chs.platform.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/** Writes problem details outside Spring MVC: the 401 and 403 answers of the security filter chain, and filters' answers. */
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** A problem with the platform's standard extras (trace id, instance). */
    public static ProblemDetail problem(HttpStatus status, URI type, String title, String detail, String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, PersonalData.mask(detail));
        problem.setType(type);
        problem.setTitle(title);
        setInstance(problem, instance);
        String requestId = RequestIdFilter.current();
        if (requestId != null) {
            problem.setProperty("traceId", requestId);
        }
        return problem;
    }

    /** Sets the path the client asked for as {@code instance}, with resident ID numbers masked (a path may carry one). */
    static void setInstance(ProblemDetail problem, String path) {
        if (path == null) {
            return;
        }
        try {
            problem.setInstance(URI.create(PersonalData.mask(path)));
        } catch (IllegalArgumentException notAUri) {
            // the raw path is not a valid URI reference; the problem is still useful without it
        }
    }

    /** Writes a problem as the whole response, for filters and other code outside Spring MVC. */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException authException)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Authentication required",
                "A valid bearer token from the chs realm is required", request.getRequestURI()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException accessDeniedException)
            throws IOException {
        write(response, problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                "Your role does not allow this operation", request.getRequestURI()));
    }

}
