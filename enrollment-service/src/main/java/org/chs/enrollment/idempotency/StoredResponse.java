package org.chs.enrollment.idempotency;

/** The first response to a request with an idempotency key, as it will be replayed. */
public record StoredResponse(int status, String contentType, String location, String body) {
}
