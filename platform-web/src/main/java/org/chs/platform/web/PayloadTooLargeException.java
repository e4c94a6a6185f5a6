package org.chs.platform.web;

/** A request body above the operation's limit ({@link PlatformWebProperties#maxBodySize()}); rendered as 413. */
public class PayloadTooLargeException extends RuntimeException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes, the limit of this operation");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
