package org.chs.evaluation.shared;

/** A service this one must ask (site-registry) could not be asked; rendered as 503, never as "not found". */
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
