package org.chs.registry.web;

import java.net.URI;
import java.util.Map;

import org.chs.platform.web.PlatformExceptionHandler;
import org.chs.platform.web.ProblemTypes;
import org.chs.registry.shared.AlreadyExistsException;
import org.chs.registry.shared.InvalidFieldsException;
import org.chs.registry.shared.NotFoundException;
import org.chs.registry.shared.StaleVersionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/** 错误响应 — RFC 9457 problem details for every error of this service: the platform's rendering plus this service's domain exceptions. */
@RestControllerAdvice
public class GlobalExceptionHandler extends PlatformExceptionHandler {

    static final URI PRECONDITION_FAILED = ProblemTypes.of("precondition-failed");

    @ExceptionHandler(InvalidFieldsException.class)
    public ResponseEntity<Object> handleInvalidFields(InvalidFieldsException ex, WebRequest request) {
        return validationProblem(ex.violations().stream()
                .map(v -> new FieldViolation(v.field(), v.rule(), v.message())).toList(), request);
    }

    @ExceptionHandler(NotFoundException.class)
    public ResponseEntity<Object> handleNotFound(NotFoundException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                ex.getMessage(), request, Map.of("resource", ex.resource(), "id", ex.id())));
    }

    @ExceptionHandler(AlreadyExistsException.class)
    public ResponseEntity<Object> handleAlreadyExists(AlreadyExistsException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Already exists",
                ex.getMessage(), request, Map.of("resource", ex.resource(), "existingId", ex.existingId())));
    }

    @ExceptionHandler(StaleVersionException.class)
    public ResponseEntity<Object> handleStaleVersion(StaleVersionException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem(HttpStatus.PRECONDITION_FAILED, PRECONDITION_FAILED,
                "Precondition failed", ex.getMessage(), request, Map.of("expected", ex.expected(), "current", ex.current())));
    }

    /** Two writers raced on the same aggregate ({@code @Version}); the loser retries with fresh data. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    public ResponseEntity<Object> handleOptimisticLocking(OptimisticLockingFailureException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Concurrent change",
                "Someone else changed this record at the same time; reload and retry", request));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    public ResponseEntity<Object> handleDuplicateKey(DuplicateKeyException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Already exists",
                "A record with the same key already exists", request));
    }

}
