package org.chs.evaluation.web;

import java.util.List;
import java.util.Map;

import org.chs.evaluation.shared.ConflictException;
import org.chs.evaluation.shared.DependencyUnavailableException;
import org.chs.evaluation.shared.ForbiddenException;
import org.chs.evaluation.shared.InvalidFieldException;
import org.chs.evaluation.shared.NotFoundException;
import org.chs.platform.web.PlatformExceptionHandler;
import org.chs.platform.web.ProblemTypes;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/** RFC 9457 problem details for every error of this service: the platform's rendering plus this service's domain exceptions. */
@RestControllerAdvice
public class GlobalExceptionHandler extends PlatformExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<Object> handleNotFound(NotFoundException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, ProblemTypes.of(ex.slug()), "Not found", ex.getMessage(), request));
    }

    @ExceptionHandler(ConflictException.class)
    public ResponseEntity<Object> handleConflict(ConflictException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, ProblemTypes.of(ex.slug()), "Conflict", ex.getMessage(), request, ex.properties()));
    }

    @ExceptionHandler(InvalidFieldException.class)
    public ResponseEntity<Object> handleInvalidField(InvalidFieldException ex, WebRequest request) {
        return validationProblem(List.of(new FieldViolation(ex.field(), ex.rule(), ex.getMessage())), request);
    }

    @ExceptionHandler(ForbiddenException.class)
    public ResponseEntity<Object> handleForbidden(ForbiddenException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", ex.getMessage(), request));
    }

    @ExceptionHandler(DependencyUnavailableException.class)
    public ResponseEntity<Object> handleDependencyUnavailable(DependencyUnavailableException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE, "Service unavailable",
                        ex.getMessage(), request, Map.of("dependency", ex.dependency())));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<Object> handleConcurrentChange(OptimisticLockingFailureException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
                "The resource was changed concurrently; reload it and try again", request));
    }
}
