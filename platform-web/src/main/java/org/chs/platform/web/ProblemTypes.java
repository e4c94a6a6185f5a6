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
    public static final URI INTERNAL = URI.create(BASE + "internal");

    private ProblemTypes() {
    }

    /** A problem type under the platform's base, for service-specific problems ({@code of("not-eligible")}). */
    public static URI of(String slug) {
        return URI.create(BASE + slug);
    }
}
