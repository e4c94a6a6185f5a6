package org.chs.enrollment.handling;

/** The catalogue cannot be asked and has never answered for this point and item, so the business cannot be authorised. */
public class AuthorisationUnavailableException extends RuntimeException {

    private final String servicePointId;
    private final String itemCode;

    public AuthorisationUnavailableException(String servicePointId, String itemCode, Throwable cause) {
        super("site-registry is unavailable and there is no known answer whether service point " + servicePointId
                + " may handle item " + itemCode, cause);
        this.servicePointId = servicePointId;
        this.itemCode = itemCode;
    }

    public String servicePointId() {
        return servicePointId;
    }

    public String itemCode() {
        return itemCode;
    }
}
