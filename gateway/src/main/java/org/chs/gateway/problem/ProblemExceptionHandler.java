package org.chs.gateway.problem;

import java.net.URI;

import org.chs.gateway.requestid.ErrorResponder;
import org.chs.gateway.requestid.RequestIdFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Answers every error that reaches the web layer with a problem detail instead of Boot's error map: unknown paths,
 * wrong methods, an unreachable identity provider and unexpected failures (without their messages).
 */
@Component
@Order(-2) // before Boot's DefaultErrorWebExceptionHandler (-1)
public class ProblemExceptionHandler implements WebExceptionHandler, ErrorResponder {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final Problems problems;

    public ProblemExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = toProblem(exchange, error);
        HttpHeaders extra = new HttpHeaders();
        if (error instanceof ResponseStatusException rse) {
            extra.addAll(rse.getHeaders());
        }
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            extra.set(HttpHeaders.RETRY_AFTER, "5");
        }
        return problems.write(exchange, problem, headers -> headers.addAll(extra));
    }

    /** The request-id filter renders escaped errors itself, so that its access line shows the status the caller got. */
    @Override
    public Mono<Void> respond(ServerWebExchange exchange, Throwable error) {
        return handle(exchange, error);
    }

    private ProblemDetail toProblem(ServerWebExchange exchange, Throwable error) {
        if (error instanceof AuthenticationServiceException) {
            // The token could not be checked because the JWKS could not be fetched: an outage, not a bad token.
            try (MDC.MDCCloseable ignored = RequestIdFilter.logContext(exchange)) {
                log.warn("Cannot verify a bearer token: {}", error.getMessage());
            }
            ProblemDetail problem = Problems.problem(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemTypes.DEPENDENCY_UNAVAILABLE, "Service unavailable",
                    "The identity provider cannot be reached to verify the token; try again shortly");
            problem.setProperty("service", "keycloak");
            return problem;
        }
        if (error instanceof ResponseStatusException rse) {
            HttpStatusCode status = rse.getStatusCode();
            HttpStatus known = HttpStatus.resolve(status.value());
            String title = known != null ? known.getReasonPhrase() : "Error";
            if (status.is5xxServerError()) {
                logUnexpected(exchange, error);
            }
            return Problems.problem(exchange, known != null ? known : HttpStatus.INTERNAL_SERVER_ERROR, typeOf(status),
                    title, detailOf(status));
        }
        logUnexpected(exchange, error);
        return Problems.problem(exchange, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                "The gateway failed to handle the request");
    }

    private static URI typeOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemTypes.MALFORMED_REQUEST;
            case 401 -> ProblemTypes.UNAUTHENTICATED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            case 502, 503, 504 -> ProblemTypes.DEPENDENCY_UNAVAILABLE;
            default -> status.is5xxServerError() ? ProblemTypes.INTERNAL : URI.create("about:blank");
        };
    }

    // Exception reasons can name internal classes and hosts, so callers get a fixed sentence per status.
    private static String detailOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "The request is malformed";
            case 404 -> "No API is served at this path";
            case 405 -> "This method is not supported at this path";
            case 413 -> "The request is too large";
            case 415 -> "This content type is not supported at this path";
            case 502, 503, 504 -> "A service needed for this request is unavailable; try again shortly";
            default -> status.is5xxServerError() ? "The gateway failed to handle the request" : "The request was rejected";
        };
    }

    private static void logUnexpected(ServerWebExchange exchange, Throwable error) {
        try (MDC.MDCCloseable ignored = RequestIdFilter.logContext(exchange)) {
            log.error("Unexpected error on {} {}", exchange.getRequest().getMethod(),
                    RequestIdFilter.maskPersonalData(exchange.getRequest().getPath().value()), error);
        }
    }
}
