package org.chs.settlement.shared;

/** The same idempotency key (a hospital's bill number) came back with a different request body; rendered as 422. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException(String message) {
        super(message);
    }
}
