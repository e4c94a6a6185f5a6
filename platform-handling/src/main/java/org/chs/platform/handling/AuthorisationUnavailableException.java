package org.chs.platform.handling;

/**
 * The catalogue cannot be asked (an error, a timeout, an open breaker) and has never answered for this point and item, so the
 * business cannot be authorised: an outage, rendered as 503 naming {@link #dependency()} — never "allowed", never "not found".
 */
public class AuthorisationUnavailableException extends RuntimeException {

    /** The service that could not answer, as problem details name it. */
    public static final String DEPENDENCY = "site-registry-service";

    private final String servicePointId;
    private final String itemCode;

    public AuthorisationUnavailableException(String servicePointId, String itemCode, Throwable cause) {
        super("site-registry is unavailable and there is no known answer whether service point " + servicePointId
                + " may handle item " + itemCode, cause);
        this.servicePointId = servicePointId;
        this.itemCode = itemCode;
    }

    public String dependency() {
        return DEPENDENCY;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public String itemCode() {
        return itemCode;
    }
}
