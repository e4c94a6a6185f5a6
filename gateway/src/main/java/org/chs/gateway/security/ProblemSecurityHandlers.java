package org.chs.gateway.security;

import org.chs.gateway.problem.ProblemTypes;
import org.chs.gateway.problem.Problems;
import org.chs.gateway.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** The 401 and 403 answers of the security filter chain, as problem details with a bearer challenge. */
@Component
public class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemSecurityHandlers.class);

    private final Problems problems;

    public ProblemSecurityHandlers(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        boolean tokenRejected = failure instanceof InvalidBearerTokenException
                || (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7));
        if (tokenRejected) {
            // The reason (expired, unknown key, other issuer) helps an operator, but stays out of the answer.
            try (MDC.MDCCloseable ignored = RequestIdFilter.logContext(exchange)) {
                log.debug("Bearer token rejected: {}", failure.getMessage());
            }
        }
        ProblemDetail problem = Problems.problem(exchange, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
                "Authentication required", tokenRejected
                        ? "The bearer token is invalid, expired or not issued by the chs realm"
                        : "A valid bearer token from the chs realm is required");
        String challenge = tokenRejected ? "Bearer error=\"invalid_token\"" : "Bearer";
        return problems.write(exchange, problem, headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, challenge));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        ProblemDetail problem = Problems.problem(exchange, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                "Your token does not allow this operation");
        return problems.write(exchange, problem,
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\""));
    }
}
