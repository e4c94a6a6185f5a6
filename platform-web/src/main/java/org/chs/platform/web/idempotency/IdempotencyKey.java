package org.chs.platform.web.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * 幂等键 — marks an operation that takes an {@code Idempotency-Key} header (ARCHITECTURE §6). On a controller class it
 * applies to every operation of the class that is not a GET or HEAD; a method's own annotation wins.
 *
 * <p>The rules, the same on every such operation: a key is 8 to 128 characters of {@code A-Z a-z 0-9 _ -} (else 400 naming
 * the header); the first request with a key is answered and its answer kept (not a 5xx: that may be retried); the same
 * key with the same request gets that first answer again, with {@code Idempotent-Replayed: true}; the same key with a
 * different request is 422 {@code idempotency-key-reused}; while the first is still running, 409
 * {@code idempotency-key-in-flight}. Keys are per client (per user for the console) and kept for
 * {@code chs.web.idempotency.retention}.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IdempotencyKey {

    /** Who must send a key; the others may. */
    Required required() default Required.PARTNERS;

    /** Who must send the key. */
    enum Required {
        /** Nobody must; a key that is sent is honoured (operations that only read, or that have a key of their own). */
        OPTIONAL,
        /** Banks and hospitals (bank-operator, hospital-operator) must; clerks and administrators may. */
        PARTNERS,
        /** Every caller must. */
        ALWAYS
    }
}
