package org.chs.platform.handling;

/** The caller tried to act for a service point other than its own. */
public class ServicePointScopeException extends RuntimeException {

    public ServicePointScopeException(String message) {
        super(message);
    }
}
