package org.chs.enrollment.handling;

/** The caller tried to act for a service point other than its own, or has no service point to act at. */
public class ServicePointScopeException extends RuntimeException {

    public ServicePointScopeException(String message) {
        super(message);
    }
}
