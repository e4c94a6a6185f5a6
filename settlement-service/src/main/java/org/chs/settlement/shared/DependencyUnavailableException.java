package org.chs.settlement.shared;

/**
 * A service this one depends on (enrollment, site-registry) could not answer: an outage, never "not found" and never a
 * settlement computed without it. Rendered as 503.
 */
public class DependencyUnavailableException extends RuntimeException {

    private final String dependency;

    public DependencyUnavailableException(String dependency, String message, Throwable cause) {
        super(message, cause);
        this.dependency = dependency;
    }

    public String dependency() {
        return dependency;
    }
}
