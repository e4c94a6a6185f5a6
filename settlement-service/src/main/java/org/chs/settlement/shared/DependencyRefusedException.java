package org.chs.settlement.shared;

import java.util.List;

/**
 * A service this one depends on answered, and refused the request with a 4xx: the caller's request is at fault (an ID
 * number enrollment will not accept, a role it does not allow), not the dependency. Rendered with the same status, never as
 * an outage (503), and not counted against the circuit breaker.
 *
 * @param status the dependency's status, 400–499
 * @param errors the fields and rules the dependency named, for a 400
 */
public class DependencyRefusedException extends RuntimeException {

    private final String dependency;
    private final int status;
    private final List<FieldError> errors;

    /** One field the dependency refused, and why. */
    public record FieldError(String field, String rule, String message) {
    }

    public DependencyRefusedException(String dependency, int status, String message, List<FieldError> errors) {
        super(message);
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a refusal is a 4xx, not " + status);
        }
        this.dependency = dependency;
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public String dependency() {
        return dependency;
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
