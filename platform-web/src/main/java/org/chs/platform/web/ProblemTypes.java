package org.chs.platform.web;

import java.net.URI;

/** The stable {@code type} URIs of the platform's RFC 9457 problem details; clients may switch on them. */
public final class ProblemTypes {

    public static final String BASE = "https://chs-platform.org/problems/";

    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI MALFORMED_REQUEST = URI.create(BASE + "malformed-request");
    public static final URI UNAUTHENTICATED = URI.create(BASE + "unauthenticated");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI BUSINESS_RULE = URI.create(BASE + "business-rule");
    public static final URI IDEMPOTENCY_KEY_REUSED = URI.create(BASE + "idempotency-key-reused");
    public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
    public static final URI DEPENDENCY_UNAVAILABLE = URI.create(BASE + "dependency-unavailable");
    public static final URI IDEMPOTENCY_KEY_IN_FLIGHT = URI.create(BASE + "idempotency-key-in-flight");
    public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
    public static final URI URI_TOO_LONG = URI.create(BASE + "uri-too-long");
    public static final URI HEADERS_TOO_LARGE = URI.create(BASE + "headers-too-large");
    public static final URI INTERNAL = URI.create(BASE + "internal");

    private ProblemTypes() {
    }

    /** The type of a problem that only has a status (one the framework or the servlet container raised). */
    public static URI forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> BUSINESS_RULE;
            case 431 -> HEADERS_TOO_LARGE;
            case 502, 503, 504 -> DEPENDENCY_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : of("http-" + status);
        };
    }

    /** A problem type under the platform's base, for service-specific problems ({@code of("not-eligible")}). */
    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }
}
