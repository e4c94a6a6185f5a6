package org.chs.platform.web.idempotency;

/** The same idempotency key came back with a different request; rendered as 422 {@code idempotency-key-reused}. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String message) {
        super(message);
    }
}
