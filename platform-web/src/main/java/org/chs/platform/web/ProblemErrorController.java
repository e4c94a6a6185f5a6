package org.chs.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error page ({@code /error}) as a problem detail, in place of Boot's JSON or HTML page: errors that never
 * reached a controller (a filter's {@code sendError}, an exception thrown in a filter) get a {@code type} and the trace id
 * like every other problem, and an unexpected one is logged with that id.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping(produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : null;
        HttpStatus status = status(request, error);
        String detail;
        if (status == HttpStatus.CONTENT_TOO_LARGE && cause(error) instanceof PayloadTooLargeException tooLarge) {
            detail = tooLarge.getMessage();
        } else if (status.is5xxServerError()) {
            log.error("Unexpected error on {} {}", request.getMethod(), PersonalData.mask(path), error);
            detail = "An unexpected error occurred; quote the trace id when reporting it";
        } else {
            detail = status.getReasonPhrase();
        }
        ProblemDetail problem = ProblemResponses.problem(status, ProblemTypes.forStatus(status.value()), status.getReasonPhrase(), detail,
                path);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request, Throwable error) {
        if (cause(error) instanceof PayloadTooLargeException) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static Throwable cause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PayloadTooLargeException) {
                return cause;
            }
        }
        return error;
    }
}
