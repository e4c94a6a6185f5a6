package org.chs.platform.web.idempotency;

/** The first answer to a request with an idempotency key, as it is replayed. */
public record StoredResponse(int status, String contentType, String location, String body) {
}
