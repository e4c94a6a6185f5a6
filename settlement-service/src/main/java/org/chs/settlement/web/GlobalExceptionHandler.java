package org.chs.settlement.web;

import java.util.List;
import java.util.Map;

import org.chs.platform.handling.Authorisation;
import org.chs.platform.handling.AuthorisationUnavailableException;
import org.chs.platform.handling.InvalidHandlingException;
import org.chs.platform.handling.ItemNotAuthorisedException;
import org.chs.platform.handling.NoServicePointException;
import org.chs.platform.web.PlatformExceptionHandler;
import org.chs.platform.web.ProblemTypes;
import org.chs.settlement.shared.ConflictException;
import org.chs.settlement.shared.DependencyRefusedException;
import org.chs.settlement.shared.DependencyUnavailableException;
import org.chs.settlement.shared.IdempotencyKeyReusedException;
import org.chs.settlement.shared.InvalidFieldException;
import org.chs.settlement.shared.NotFoundException;
import org.chs.settlement.shared.ServicePointScopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/** RFC 9457 problem details for every error of this service: the platform's rendering plus this service's domain exceptions. */
@RestControllerAdvice
public class GlobalExceptionHandler extends PlatformExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<Object> handleNotFound(NotFoundException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", ex.getMessage(), request));
    }

    @ExceptionHandler(ConflictException.class)
    public ResponseEntity<Object> handleConflict(ConflictException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", ex.getMessage(), request));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    public ResponseEntity<Object> handleKeyReused(IdempotencyKeyReusedException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem(HttpStatus.UNPROCESSABLE_CONTENT,
                ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Bill number reused", ex.getMessage(), request));
    }

    @ExceptionHandler(InvalidFieldException.class)
    public ResponseEntity<Object> handleInvalidField(InvalidFieldException ex, WebRequest request) {
        return validationProblem(List.of(new FieldViolation(ex.field(), ex.rule(), ex.getMessage())), request);
    }

    @ExceptionHandler(ServicePointScopeException.class)
    public ResponseEntity<Object> handleScope(ServicePointScopeException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, ProblemTypes.of("service-point-scope"),
                "Outside your service point", ex.getMessage(), request));
    }

    /** A dependency's 4xx is the caller's refusal, with the dependency's status and fields: never an outage. */
    @ExceptionHandler(DependencyRefusedException.class)
    public ResponseEntity<Object> handleDependencyRefused(DependencyRefusedException ex, WebRequest request) {
        HttpStatus status = HttpStatus.resolve(ex.status());
        if (status == null) {
            status = HttpStatus.BAD_REQUEST;
        }
        if (status == HttpStatus.BAD_REQUEST) {
            List<FieldViolation> violations = ex.errors().stream().map(e -> new FieldViolation(e.field(), e.rule(), e.message())).toList();
            return validationProblem(violations.isEmpty() ? List.of(new FieldViolation("request", "refused-by-" + ex.dependency(),
                    ex.getMessage())) : violations, request);
        }
        return ResponseEntity.status(status).body(problem(status, refusalType(status), status.getReasonPhrase(), ex.getMessage(), request,
                Map.of("dependency", ex.dependency())));
    }

    private static java.net.URI refusalType(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> ProblemTypes.UNAUTHENTICATED;
            case FORBIDDEN -> ProblemTypes.FORBIDDEN;
            case NOT_FOUND -> ProblemTypes.NOT_FOUND;
            case CONFLICT -> ProblemTypes.CONFLICT;
            default -> ProblemTypes.of("refused-by-dependency");
        };
    }

    // The handling kit's refusals (platform-handling), answered as this service always has: a token without a point and the
    // catalogue's "no" are 422 business-rule problems here, the time checks name the request's own field.

    @ExceptionHandler(NoServicePointException.class)
    public ResponseEntity<Object> handleNoServicePoint(NoServicePointException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem(HttpStatus.UNPROCESSABLE_CONTENT,
                ProblemTypes.of("no-service-point"), "No service point", ex.getMessage(), request));
    }

    @ExceptionHandler(org.chs.platform.handling.ServicePointScopeException.class)
    public ResponseEntity<Object> handleHandlingScope(org.chs.platform.handling.ServicePointScopeException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, ProblemTypes.of("service-point-scope"),
                "Outside your service point", ex.getMessage(), request));
    }

    @ExceptionHandler(ItemNotAuthorisedException.class)
    public ResponseEntity<Object> handleItemNotAuthorised(ItemNotAuthorisedException ex, WebRequest request) {
        Authorisation a = ex.authorisation();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem(HttpStatus.UNPROCESSABLE_CONTENT,
                ProblemTypes.of("item-not-authorised"), "Item not authorised here", "Service point " + a.servicePointId()
                        + " may not handle " + a.itemCode() + (a.reason() == null ? "" : ": " + a.reason()), request,
                Map.of("servicePointId", a.servicePointId(), "itemCode", a.itemCode())));
    }

    @ExceptionHandler(InvalidHandlingException.class)
    public ResponseEntity<Object> handleInvalidHandling(InvalidHandlingException ex, WebRequest request) {
        return validationProblem(List.of(new FieldViolation(ex.field(), ex.rule(), ex.getMessage())), request);
    }

    @ExceptionHandler(AuthorisationUnavailableException.class)
    public ResponseEntity<Object> handleAuthorisationUnavailable(AuthorisationUnavailableException ex, WebRequest request) {
        log.warn("{} unavailable: {}", ex.dependency(), ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE, "Dependency unavailable",
                        "The service-item catalogue cannot confirm that " + ex.servicePointId() + " may handle " + ex.itemCode()
                                + "; retry later", request, Map.of("dependency", ex.dependency())));
    }

    @ExceptionHandler(DependencyUnavailableException.class)
    public ResponseEntity<Object> handleDependencyUnavailable(DependencyUnavailableException ex, WebRequest request) {
        log.warn("{} unavailable: {}", ex.dependency(), ex.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE, "Dependency unavailable",
                        ex.getMessage(), request, Map.of("dependency", ex.dependency())));
    }
}
