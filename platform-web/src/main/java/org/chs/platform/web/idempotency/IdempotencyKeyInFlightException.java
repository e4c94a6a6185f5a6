package org.chs.platform.web.idempotency;

/** The first request with this idempotency key is still running; rendered as 409 {@code idempotency-key-in-flight}. */
public class IdempotencyKeyInFlightException extends RuntimeException {

    public IdempotencyKeyInFlightException(String message) {
        super(message);
    }
}
