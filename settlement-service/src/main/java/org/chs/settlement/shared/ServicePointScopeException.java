package org.chs.settlement.shared;

/** The caller acts for one service point and asked about another; rendered as 403 {@code service-point-scope}, as enrollment does. */
public class ServicePointScopeException extends RuntimeException {

    public ServicePointScopeException(String message) {
        super(message);
    }
}
