package org.chs.platform.handling;

/** The caller's token binds it to no service point (an agency-wide user), so it has nowhere to handle business. */
public class NoServicePointException extends ServicePointScopeException {

    public NoServicePointException(String operator) {
        super("The access token carries no service_point_id, so " + operator + " cannot handle business");
    }
}
