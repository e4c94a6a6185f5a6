package org.chs.enrollment.web;

import java.util.List;
import java.util.Map;

import org.chs.enrollment.person.ConcurrentChangeException;
import org.chs.enrollment.person.DuplicateEnrolmentException;
import org.chs.enrollment.person.DuplicateReceiptException;
import org.chs.enrollment.person.IllegalStatusTransitionException;
import org.chs.enrollment.person.PersonNotFoundException;
import org.chs.enrollment.personaldata.InvalidIdNumberException;
import org.chs.platform.handling.AuthorisationUnavailableException;
import org.chs.platform.handling.InvalidHandlingException;
import org.chs.platform.handling.ItemNotAuthorisedException;
import org.chs.platform.handling.ServicePointScopeException;
import org.chs.platform.web.PlatformExceptionHandler;
import org.chs.platform.web.ProblemTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

/** RFC 9457 problem details for every error of this service: the platform's rendering plus this service's domain exceptions. */
@RestControllerAdvice
public class GlobalExceptionHandler extends PlatformExceptionHandler {

    @ExceptionHandler(InvalidIdNumberException.class)
    public ResponseEntity<Object> handleInvalidIdNumber(InvalidIdNumberException ex, WebRequest request) {
        return validationProblem(List.of(new FieldViolation("idNumber", ex.rule(), ex.getMessage())), request);
    }

    @ExceptionHandler(InvalidHandlingException.class)
    public ResponseEntity<Object> handleInvalidHandling(InvalidHandlingException ex, WebRequest request) {
        // this service's requests carry the handling's fields in their "handling" part; the rule stays the one clients know
        return validationProblem(List.of(new FieldViolation("handling." + ex.field(), "handling", ex.getMessage())), request);
    }

    @ExceptionHandler(PersonNotFoundException.class)
    public ResponseEntity<Object> handleNotFound(PersonNotFoundException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Insured person not found", ex.getMessage(), request));
    }

    @ExceptionHandler(DuplicateEnrolmentException.class)
    public ResponseEntity<Object> handleDuplicateEnrolment(DuplicateEnrolmentException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, ProblemTypes.of("already-enrolled"),
                "Already enrolled", ex.getMessage(), request, Map.of("existingPersonId", String.valueOf(ex.existingPersonId()),
                        "scheme", ex.scheme().name())));
    }

    @ExceptionHandler(DuplicateReceiptException.class)
    public ResponseEntity<Object> handleDuplicateReceipt(DuplicateReceiptException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, ProblemTypes.of("duplicate-receipt"), "Receipt number already used", ex.getMessage(), request));
    }

    @ExceptionHandler(IllegalStatusTransitionException.class)
    public ResponseEntity<Object> handleTransition(IllegalStatusTransitionException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, ProblemTypes.of("illegal-status-transition"),
                "Status change not allowed", ex.getMessage(), request, Map.of("currentStatus", ex.from().name(), "requestedStatus",
                        ex.to().name())));
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    public ResponseEntity<Object> handleConcurrentChange(ConcurrentChangeException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Concurrent change", ex.getMessage(), request));
    }

    @ExceptionHandler(ServicePointScopeException.class)
    public ResponseEntity<Object> handleScope(ServicePointScopeException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, ProblemTypes.of("service-point-scope"),
                "Outside your service point", ex.getMessage(), request));
    }

    @ExceptionHandler(ItemNotAuthorisedException.class)
    public ResponseEntity<Object> handleItemNotAuthorised(ItemNotAuthorisedException ex, WebRequest request) {
        var a = ex.authorisation();
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, ProblemTypes.of("item-not-authorised"),
                "Item not authorised at this service point", ex.getMessage(), request, Map.of("itemCode", a.itemCode(),
                        "servicePointId", a.servicePointId(), "catalogueVersion", a.catalogueVersion(),
                        "authorisationSource", a.source().name(), "stale", a.stale())));
    }

    @ExceptionHandler(AuthorisationUnavailableException.class)
    public ResponseEntity<Object> handleAuthorisationUnavailable(AuthorisationUnavailableException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.DEPENDENCY_UNAVAILABLE, "Catalogue unavailable", ex.getMessage(),
                        request, Map.of("dependency", ex.dependency(), "itemCode", ex.itemCode(), "servicePointId",
                                ex.servicePointId())));
    }
}
