package org.chs.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.chs.platform.domain.BusinessRuleException;
import org.chs.platform.web.idempotency.IdempotencyKeyInFlightException;
import org.chs.platform.web.idempotency.IdempotencyKeyReusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.databind.DatabindException;

/**
 * The platform's RFC 9457 rendering of errors, which each service's {@code GlobalExceptionHandler} extends with its domain
 * exceptions: a stable {@code type}, a {@code traceId}, an {@code errors} list naming field and rule for validation failures,
 * and never a stack trace or the message of an unexpected exception.
 */
public abstract class PlatformExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PlatformExceptionHandler.class);
    private static final java.net.URI ABOUT_BLANK = java.net.URI.create("about:blank");

    /** One violated rule on one field of the request. */
    public record FieldViolation(String field, String rule, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            violations.add(new FieldViolation(error.getField(), error.getCode(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> violations.add(new FieldViolation(error.getObjectName(), error.getCode(), error.getDefaultMessage())));
        return validationProblem(violations, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> violations.add(new FieldViolation(name,
                    error.getCodes() != null && error.getCodes().length > 0 ? lastSegment(error.getCodes()[error.getCodes().length - 1]) : "invalid",
                    error.getDefaultMessage())));
        });
        return validationProblem(violations, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldViolation> violations = ex.getConstraintViolations().stream()
                .map(v -> new FieldViolation(lastSegment(v.getPropertyPath().toString()),
                        v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage()))
                .toList();
        return validationProblem(violations, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = causeOfType(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return handlePayloadTooLarge(tooLarge, request);
        }
        String detail = "The request body is not valid JSON for this operation";
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request", detail, request);
        if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            problem.setDetail("Field '" + field + "' has a value of the wrong type or format");
            problem.setProperty("errors", List.of(new FieldViolation(field, "type", "wrong type or format")));
        }
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        return validationProblem(List.of(new FieldViolation(ex.getName(), "type",
                "must be a valid " + (ex.getRequiredType() != null ? ex.getRequiredType().getSimpleName() : "value"))), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        return validationProblem(List.of(new FieldViolation(ex.getParameterName(), "required", "query parameter is required")), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        return validationProblem(List.of(new FieldViolation(ex.getRequestPartName(), "required", "request part is required")), request);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        return handlePayloadTooLarge(new PayloadTooLargeException(Math.max(ex.getMaxUploadSize(), 0)), request);
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    public ResponseEntity<Object> handlePayloadTooLarge(PayloadTooLargeException ex, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Request body too large",
                ex.getMessage(), request);
        problem.setProperty("maxBytes", ex.limit());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    /** A business rule refused the request: its own type and status, the rule, the field it is about, its properties. */
    @ExceptionHandler(BusinessRuleException.class)
    public ResponseEntity<Object> handleBusinessRule(BusinessRuleException ex, WebRequest request) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("rule", ex.rule());
        if (ex.field() != null) {
            properties.put("field", ex.field());
            properties.put("errors", List.of(new FieldViolation(ex.field(), ex.rule(), ex.getMessage())));
        }
        properties.putAll(ex.properties());
        HttpStatus status = HttpStatus.valueOf(ex.status());
        return ResponseEntity.status(status).body(problem(status, ProblemTypes.of(ex.problemType()), ex.title(), ex.getMessage(), request,
                properties));
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    public ResponseEntity<Object> handleIdempotencyKeyReused(IdempotencyKeyReusedException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem(HttpStatus.UNPROCESSABLE_CONTENT,
                ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused", ex.getMessage(), request));
    }

    @ExceptionHandler(IdempotencyKeyInFlightException.class)
    public ResponseEntity<Object> handleIdempotencyKeyInFlight(IdempotencyKeyInFlightException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1").body(problem(HttpStatus.CONFLICT,
                ProblemTypes.IDEMPOTENCY_KEY_IN_FLIGHT, "Request in progress", ex.getMessage(), request));
    }

    /** Spring Security's firewall found a header or parameter value it does not allow (a control character, say). */
    @ExceptionHandler(RequestRejectedException.class)
    public ResponseEntity<Object> handleRequestRejected(RequestRejectedException ex, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                "A header, parameter or the path contains characters that are not allowed", request));
    }

    @ExceptionHandler(InvalidRequestException.class)
    public ResponseEntity<Object> handleInvalidRequest(InvalidRequestException ex, WebRequest request) {
        return validationProblem(ex.violations(), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    public ResponseEntity<Object> handleMissingRequestHeader(MissingRequestHeaderException ex, WebRequest request) {
        return validationProblem(List.of(new FieldViolation(ex.getHeaderName(), "required", "header is required")), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex, HttpHeaders headers,
                                                                         HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(problem(HttpStatus.METHOD_NOT_ALLOWED,
                ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", "Method " + ex.getMethod() + " is not supported here", request));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "Send application/json", request));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                "No such resource", request));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    public ResponseEntity<Object> handleAccessDenied(RuntimeException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                "Your role does not allow this operation", request));
    }

    @ExceptionHandler(Caller.MissingClaimException.class)
    public ResponseEntity<Object> handleMissingClaim(Caller.MissingClaimException ex, WebRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                ex.getMessage(), request));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) throws Exception {
        if (ex instanceof org.springframework.web.ErrorResponse) {
            // Framework exceptions with their own status keep it (handled by the parent).
            return handleException(ex, request);
        }
        PayloadTooLargeException tooLarge = causeOfType(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return handlePayloadTooLarge(tooLarge, request);
        }
        log.error("Unexpected error on {}", PersonalData.mask(describe(request)), ex);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL,
                "Internal error", "An unexpected error occurred; quote the trace id when reporting it", request));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            complete(problem, path(request));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /**
     * Gives a problem the platform's standard parts when the framework made it: a {@code type} for its status instead of
     * {@code about:blank}, the trace id, and no resident ID number in its detail or instance.
     */
    static void complete(ProblemDetail problem, String path) {
        if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
            problem.setType(ProblemTypes.forStatus(problem.getStatus()));
        }
        String requestId = RequestIdFilter.current();
        if (requestId != null && (problem.getProperties() == null || !problem.getProperties().containsKey("traceId"))) {
            problem.setProperty("traceId", requestId);
        }
        problem.setDetail(PersonalData.mask(problem.getDetail()));
        ProblemResponses.setInstance(problem, problem.getInstance() != null ? problem.getInstance().toString() : path);
    }

    private static <T extends Throwable> T causeOfType(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** A 400 listing every violated field rule. */
    protected ResponseEntity<Object> validationProblem(List<FieldViolation> violations, WebRequest request) {
        String detail = violations.isEmpty() ? "The request is invalid"
                : violations.stream().map(v -> v.field() + ": " + v.message()).reduce((a, b) -> a + "; " + b).orElseThrow();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Validation failed", detail, request);
        problem.setProperty("errors", violations);
        return ResponseEntity.badRequest().body(problem);
    }

    /** A problem for this request, with the trace id and the request path as instance. */
    protected static ProblemDetail problem(HttpStatus status, java.net.URI type, String title, String detail, WebRequest request) {
        return ProblemResponses.problem(status, type, title, detail, path(request));
    }

    /** A problem with extra properties (e.g. the id of an existing record for a 409). */
    protected static ProblemDetail problem(HttpStatus status, java.net.URI type, String title, String detail, WebRequest request,
                                           Map<String, Object> properties) {
        ProblemDetail problem = problem(status, type, title, detail, request);
        properties.forEach(problem::setProperty);
        return problem;
    }

    private static String path(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            return servlet.getRequest().getRequestURI();
        }
        return null;
    }

    private static String describe(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest && nativeRequest instanceof ServletWebRequest servlet) {
            return servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI();
        }
        return request.getDescription(false);
    }

    private static String lastSegment(String path) {
        int dot = path.lastIndexOf('.');
        return dot >= 0 ? path.substring(dot + 1) : path;
    }
}
